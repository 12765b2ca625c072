package strimzi

import (
	"errors"
	"fmt"

	"github.com/keelson-dev/keelson/config"
)

func (p Props) validate() error {
	var errs []error
	if p.Kafka.Engine != config.KafkaStrimzi {
		errs = append(errs, fmt.Errorf("strimzi: Kafka.Engine is %q; install Strimzi only for environments that choose %q", p.Kafka.Engine, config.KafkaStrimzi))
	}
	if len(p.Zones) == 0 {
		errs = append(errs, errors.New("strimzi: Zones is empty; list the cluster's availability zones"))
	} else if p.Kafka.BrokerCount%len(p.Zones) != 0 || p.Kafka.BrokerCount < len(p.Zones) {
		errs = append(errs, fmt.Errorf("strimzi: Kafka.BrokerCount (%d) must be a positive multiple of the %d zones", p.Kafka.BrokerCount, len(p.Zones)))
	}
	if p.Kafka.StorageGiB < 1 {
		errs = append(errs, fmt.Errorf("strimzi: Kafka.StorageGiB (%d) must be positive", p.Kafka.StorageGiB))
	}
	return errors.Join(errs...)
}
