// k6 load test for a NestJS HTTP API behind the ALB (help/scaling.md explains the scenarios and
// the scaling to expect). Open-model load: a ramping ARRIVAL rate, so a slow API gets more
// concurrent requests instead of fewer (the way real clients behave), and the HPA sees it.
//
//   k6 run -e BASE_URL=https://orders.api.example.com -e PROFILE=ramp loadtest/k6/http-api.js
//
// Environment:
//   BASE_URL   required, the API's public URL (the Ingress host)
//   PROFILE    smoke | ramp (default) | spike | soak
//   PEAK_RPS   peak arrival rate for ramp and spike (default 1200: past the example HPA's
//              maximum of 20 pods × 50 requests/s per pod, so the test shows the ceiling)
//   PATH_GET   read endpoint (default /orders/health-check-order), PATH_POST write endpoint
//              (default /orders); POST_SHARE, the share of writes 0..1 (default 0.2)
import http from 'k6/http';
import { check } from 'k6';
import { Rate, Trend } from 'k6/metrics';

const BASE_URL = __ENV.BASE_URL;
if (!BASE_URL) {
  throw new Error('set BASE_URL, e.g. -e BASE_URL=https://orders.api.example.com');
}
const PROFILE = __ENV.PROFILE || 'ramp';
const PEAK = Number(__ENV.PEAK_RPS || 1200);
const PATH_GET = __ENV.PATH_GET || '/orders/health-check-order';
const PATH_POST = __ENV.PATH_POST || '/orders';
const POST_SHARE = Number(__ENV.POST_SHARE || 0.2);

// Each profile is a ramping-arrival-rate scenario: stages of target iterations per second.
const profiles = {
  // One minute at a trickle: the deployment answers at all.
  smoke: [{ target: 5, duration: '1m' }],
  // Baseline, then a steady climb to PEAK and back: the HPA should follow the load up in steps
  // of at most 4 pods (or 100 %) per 30 s, and down slowly after its 5-minute stabilisation.
  ramp: [
    { target: 50, duration: '2m' },
    { target: 50, duration: '3m' },
    { target: PEAK / 2, duration: '5m' },
    { target: PEAK, duration: '5m' },
    { target: PEAK, duration: '5m' },
    { target: 50, duration: '3m' },
    { target: 50, duration: '7m' },
  ],
  // A sudden 10x burst: expect latency to rise and some 5xx until pods and nodes arrive.
  spike: [
    { target: 50, duration: '2m' },
    { target: PEAK, duration: '15s' },
    { target: PEAK, duration: '5m' },
    { target: 50, duration: '30s' },
    { target: 50, duration: '5m' },
  ],
  // Two hours at a moderate rate: memory leaks, connection exhaustion, log volume.
  soak: [
    { target: PEAK / 4, duration: '5m' },
    { target: PEAK / 4, duration: '2h' },
  ],
};
if (!profiles[PROFILE]) {
  throw new Error(`PROFILE must be one of ${Object.keys(profiles).join(', ')}`);
}

export const options = {
  scenarios: {
    api: {
      executor: 'ramping-arrival-rate',
      startRate: 5,
      timeUnit: '1s',
      preAllocatedVUs: 50,
      maxVUs: Math.max(200, PEAK),
      stages: profiles[PROFILE],
    },
  },
  thresholds: {
    // The SLO the alerts use is on p99; these fail the run when the API misses them under load.
    http_req_duration: ['p(95)<300', 'p(99)<800'],
    http_req_failed: ['rate<0.01'],
    errors: ['rate<0.01'],
    // Requests k6 could not start because every VU was busy: the API is slower than the rate.
    dropped_iterations: ['count<100'],
  },
  summaryTrendStats: ['avg', 'med', 'p(90)', 'p(95)', 'p(99)', 'max'],
};

const errors = new Rate('errors');
const writeLatency = new Trend('write_latency', true);

export default function () {
  if (Math.random() < POST_SHARE) {
    const body = JSON.stringify({
      customerId: `load-${__VU}`,
      items: [{ sku: 'LOAD-TEST-SKU', quantity: 1 }],
      idempotencyKey: `${__VU}-${__ITER}-${Date.now()}`,
    });
    const res = http.post(`${BASE_URL}${PATH_POST}`, body, {
      headers: { 'Content-Type': 'application/json' },
      tags: { name: 'POST orders' },
    });
    writeLatency.add(res.timings.duration);
    errors.add(!check(res, { 'write accepted (2xx)': (r) => r.status >= 200 && r.status < 300 }));
  } else {
    const res = http.get(`${BASE_URL}${PATH_GET}`, { tags: { name: 'GET order' } });
    errors.add(!check(res, { 'read ok (2xx/404)': (r) => (r.status >= 200 && r.status < 300) || r.status === 404 }));
  }
}
