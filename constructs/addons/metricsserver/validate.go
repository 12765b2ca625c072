package metricsserver

import "fmt"

func (p Props) validate() error {
	if p.Replicas < 1 || p.Replicas > 5 {
		return fmt.Errorf("metricsserver: Replicas (%d) must be 1-5", p.Replicas)
	}
	return nil
}
