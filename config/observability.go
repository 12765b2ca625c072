package config

// Observability sizes the monitoring stack (constructs/observability).
type Observability struct {
	// MetricsRetentionDays is how long Prometheus keeps samples, 1-365.
	// Default: 7 in dev, 30 in prod.
	MetricsRetentionDays int
	// PrometheusStorageGiB sizes Prometheus' encrypted gp3 volume; size it
	// above what retention needs (about 1-2 bytes per sample). At least
	// 10. Default: 30 in dev, 100 in prod.
	PrometheusStorageGiB int
	// LogRetentionDays is how long Loki keeps container logs in S3 (its
	// compactor deletes older chunks; the bucket lifecycle is the
	// backstop), 1-3650. Default: 7 in dev, 30 in prod.
	LogRetentionDays int
	// Replicas of Prometheus and Alertmanager, 1-3. Default: 1 in dev, 2
	// in prod.
	Replicas int
}

func (o Observability) validate(c *problems) {
	if o.MetricsRetentionDays < 1 || o.MetricsRetentionDays > 365 {
		c.add("observability.metricsRetentionDays", o.MetricsRetentionDays, "must be 1-365 days")
	}
	if o.PrometheusStorageGiB < 10 {
		c.add("observability.prometheusStorageGiB", o.PrometheusStorageGiB, "must be at least 10 GiB")
	}
	if o.LogRetentionDays < 1 || o.LogRetentionDays > 3650 {
		c.add("observability.logRetentionDays", o.LogRetentionDays, "must be 1-3650 days")
	}
	if o.Replicas < 1 || o.Replicas > 3 {
		c.add("observability.replicas", o.Replicas, "must be 1-3")
	}
}
