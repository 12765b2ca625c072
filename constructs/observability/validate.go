package observability

import (
	"errors"
	"fmt"
)

func (p Props) validate() error {
	var errs []error
	if p.Environment == "" || p.Region == "" {
		errs = append(errs, errors.New("observability: Environment and Region are required"))
	}
	if p.LogsBucket == "" || p.LokiRoleARN == "" {
		errs = append(errs, errors.New("observability: LogsBucket and LokiRoleARN are required (from observability.NewAWS)"))
	}
	if p.LogRetentionDays < 1 {
		errs = append(errs, fmt.Errorf("observability: LogRetentionDays (%d) must be at least 1", p.LogRetentionDays))
	}
	if p.MetricsRetentionDays < 1 || p.MetricsRetentionDays > 365 {
		errs = append(errs, fmt.Errorf("observability: MetricsRetentionDays (%d) must be 1-365", p.MetricsRetentionDays))
	}
	if p.PrometheusStorageGiB < 10 {
		errs = append(errs, fmt.Errorf("observability: PrometheusStorageGiB (%d) must be at least 10", p.PrometheusStorageGiB))
	}
	switch p.Kafka {
	case "msk":
		if p.KafkaBrokers == "" || p.ExporterRoleARN == "" {
			errs = append(errs, errors.New(`observability: Kafka "msk" needs KafkaBrokers and ExporterRoleARN`))
		}
	case "strimzi":
	default:
		errs = append(errs, fmt.Errorf(`observability: Kafka %q must be "msk" or "strimzi"`, p.Kafka))
	}
	return errors.Join(errs...)
}
