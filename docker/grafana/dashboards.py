"""Writes the Grafana dashboards (docker/grafana/dashboards/*.json) from the panel lists below.

Run `python3 docker/grafana/dashboards.py` after changing a panel; the JSON is committed and provisioned as is.
docs/operations.md describes every panel; ComposeFileTest checks that each query's metrics exist in the code.
"""
import json
import pathlib

OUT = pathlib.Path(__file__).parent / "dashboards"
P95 = 'histogram_quantile(0.95, sum by (le, stage) (rate(necxian_refund_stage_latency_seconds_bucket{%s}[5m])))'
P50 = 'histogram_quantile(0.5, sum by (le, stage) (rate(necxian_refund_stage_latency_seconds_bucket{%s}[5m])))'


def stage(name):
    return 'stage="%s"' % name


def within(stage_name, le):
    return ('sum(rate(necxian_refund_stage_latency_seconds_bucket{stage="%s",le="%s"}[5m])) / '
            'sum(rate(necxian_refund_stage_latency_seconds_count{stage="%s"}[5m]))' % (stage_name, le, stage_name))


def lag(job):
    # every instance of a service reports its whole group's lag: max over instances, not sum
    return 'max by (topic, partition) (necxian_consumer_lag{job="%s"})' % job


FLOW = [
    ("Stage latency p95", "s", [(P95 % "", "{{stage}} p95"), (P50 % "", "{{stage}} p50")]),
    ("Decided within 1 s", "percentunit", [(within("received_to_decided", "1.0"), "received → decided ≤ 1 s")]),
    ("Processed within 1 min of the decision", "percentunit",
     [(within("decided_to_processed", "60.0"), "decided → processed ≤ 60 s")]),
    ("Refunds received / s", "reqps", [('sum(rate(http_server_requests_seconds_count{job="intake-service",'
                                        'method="POST",uri="/api/v1/refunds",status="202"}[5m]))', "accepted")]),
    ("Decisions / s", "ops", [('sum(rate(necxian_refund_stage_latency_seconds_count{stage="received_to_decided"}'
                               '[5m]))', "decided")]),
    ("Clauses cited, by outcome (1 h)", "short",
     [('sum by (outcome, clause) (increase(necxian_decisions_total[1h]))', "{{outcome}} {{clause}}")]),
    ("Payouts by resolution and result / s", "ops",
     [('sum by (resolution, result) (rate(necxian_payouts_total[5m]))', "{{resolution}} {{result}}")]),
    ("E-mails by template and result / s", "ops",
     [('sum by (template, result) (rate(necxian_emails_total[5m]))', "{{template}} {{result}}")]),
    ("Consumer lag by group", "short", [('sum by (group) (max by (group, topic, partition) (necxian_consumer_lag))',
                                          "{{group}}")]),
    ("Dead letters by topic (1 h)", "short",
     [('sum by (topic) (increase(necxian_dead_letters_total[1h]))', "{{topic}}")]),
    ("Outbox unsent rows and age", "short",
     [('outbox_unsent', "{{job}} unsent"), ('outbox_oldest_unsent_seconds', "{{job}} oldest (s)")]),
    ("Reviews open and overdue (PROC-2)", "short",
     [('policy_reviews_open', "open"), ('policy_reviews_overdue', "overdue")]),
    ("Payouts near processBy (PROC-3)", "short", [('payment_payouts_near_process_by', "< 24 h to processBy")]),
]

HTTP = [
    ("HTTP requests / s by status", "reqps",
     [('sum by (uri, status) (rate(http_server_requests_seconds_count{job="%(job)s"}[5m]))', "{{uri}} {{status}}")]),
    ("HTTP p99 latency", "s",
     [('histogram_quantile(0.99, sum by (le, uri) (rate(http_server_requests_seconds_bucket{job="%(job)s"}[5m])))',
       "{{uri}}")]),
    ("Consumer lag by partition", "short", [(lag("%(job)s"), "{{topic}}-{{partition}}")]),
    ("Dead letters (1 h)", "short",
     [('sum by (topic) (increase(necxian_dead_letters_total{job="%(job)s"}[1h]))', "{{topic}}")]),
    ("Database connections in use", "short", [('hikaricp_connections_active{job="%(job)s"}', "active")]),
    ("JVM heap used", "bytes", [('sum(jvm_memory_used_bytes{job="%(job)s",area="heap"})', "heap")]),
]

SERVICES = {
    "intake-service": [
        ("Status view behind the events (p95)", "s", [(P95 % stage("event_to_status_view"), "event → status view")]),
    ],
    "policy-service": [
        ("Received → decided", "s", [(P95 % stage("received_to_decided"), "p95"),
                                     (P50 % stage("received_to_decided"), "p50")]),
        ("Decisions by outcome and clause / s", "ops",
         [('sum by (outcome, clause) (rate(necxian_decisions_total[5m]))', "{{outcome}} {{clause}}")]),
        ("Reviews open and overdue (PROC-2)", "short",
         [('policy_reviews_open', "open"), ('policy_reviews_overdue', "overdue")]),
        ("Outbox", "short", [('outbox_unsent{job="policy-service"}', "unsent"),
                             ('outbox_oldest_unsent_seconds{job="policy-service"}', "oldest (s)")]),
    ],
    "payment-service": [
        ("Decided → processed", "s", [(P95 % stage("decided_to_processed"), "p95"),
                                      (P50 % stage("decided_to_processed"), "p50")]),
        ("Payouts by resolution and result / s", "ops",
         [('sum by (resolution, result) (rate(necxian_payouts_total[5m]))', "{{resolution}} {{result}}")]),
        ("Payouts near processBy (PROC-3)", "short", [('payment_payouts_near_process_by', "< 24 h to processBy")]),
        ("Outbox", "short", [('outbox_unsent{job="payment-service"}', "unsent"),
                             ('outbox_oldest_unsent_seconds{job="payment-service"}', "oldest (s)")]),
    ],
    "notification-service": [
        ("Processed → e-mailed", "s", [(P95 % stage("processed_to_emailed"), "p95"),
                                       (P50 % stage("processed_to_emailed"), "p50")]),
        ("E-mails by template and result / s", "ops",
         [('sum by (template, result) (rate(necxian_emails_total[5m]))', "{{template}} {{result}}")]),
        ("E-mails waiting and given up", "short",
         [('notifications_pending', "pending"), ('notifications_undeliverable', "undeliverable")]),
    ],
}


def dashboard(uid, title, panels, tags):
    built = []
    for i, (panel_title, unit, queries) in enumerate(panels):
        built.append({
            "id": i + 1, "type": "timeseries", "title": panel_title,
            "datasource": {"type": "prometheus", "uid": "prometheus"},
            "gridPos": {"h": 8, "w": 12, "x": (i % 2) * 12, "y": (i // 2) * 8},
            "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
            "targets": [{"refId": chr(ord("A") + j), "expr": expr, "legendFormat": legend,
                         "datasource": {"type": "prometheus", "uid": "prometheus"}}
                        for j, (expr, legend) in enumerate(queries)],
        })
    return {"uid": uid, "title": title, "tags": tags, "schemaVersion": 39, "version": 1, "editable": False,
            "time": {"from": "now-1h", "to": "now"}, "refresh": "30s", "panels": built}


def write(name, board):
    (OUT / (name + ".json")).write_text(json.dumps(board, indent=2, ensure_ascii=False) + "\n")


OUT.mkdir(exist_ok=True)
write("refund-flow", dashboard("necxian-refund-flow", "Refund flow", FLOW, ["necxian", "flow"]))
for service, own in SERVICES.items():
    shared = [(t, u, [(e % {"job": service}, l) for e, l in q]) for t, u, q in HTTP]
    write(service, dashboard("necxian-" + service, service, own + shared, ["necxian", "service"]))
