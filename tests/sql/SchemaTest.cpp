// Schema suite: the migrations in sql/ against the reconciled data model of seed 001 §11.3 and
// schema V2.1 (seed 000), as /work/shared/DESIGN.md "Data model decisions" settles it.
//
// Every test gets a fresh database migrated by the server's own MigrationRunner
// (TestDatabase::create(..., Schema::Migrated)), so tests cannot see each other's rows.
#include "TestDatabase.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace remotegpu::test {
namespace {

using namespace Qt::Literals::StringLiterals;

// ---------------------------------------------------------------------------------------------
// The spec: every table and column of the reconciled schema with its type, written out by hand
// (NOT read back from the database). `columns` are the §11.3 columns, with the V2.1 name where
// V2.1 renames one (hosts.total_memory_gb / total_disk_gb, gpus.index / memory_total_mb);
// `beyond` are the columns added for V2.1, tenancy, auth and the API. Types are PostgreSQL udt
// names, varchar with its length, numeric with precision and scale, arrays as _elem. §11.3's
// TIMESTAMP is timestamptz throughout (an instant, printed as ISO 8601 UTC by the API).
struct TableSpec
{
    const char *table;
    const char *columns;
    const char *beyond;
};

const std::vector<TableSpec> kSchema = {
    {"system_configs",
     "id int8; config_key varchar(128); config_value text; config_type varchar(32); "
     "description text; is_public bool; created_at timestamptz; updated_at timestamptz",
     ""},
    {"customers",
     "id int8; uuid uuid; username varchar(64); email varchar(128); "
     "password_hash varchar(256); display_name varchar(128); avatar_url varchar(512); "
     "phone varchar(32); full_name varchar(256); company varchar(256); user_type varchar(32); "
     "account_type varchar(32); status varchar(32); email_verified bool; phone_verified bool; "
     "balance numeric(10,4); currency varchar(10); overdue_status varchar(20); "
     "overdue_since timestamptz; last_payment_at timestamptz; last_login_at timestamptz; "
     "created_at timestamptz; updated_at timestamptz; deleted_at timestamptz",
     "role varchar(32); tenant_id int8; password_changed_at timestamptz; "
     "locked_until timestamptz; notification_settings jsonb; token_generation int4"},
    {"workspaces",
     "id int8; uuid uuid; owner_id int8; name varchar(128); description text; "
     "type varchar(32); member_count int4; status varchar(32); created_at timestamptz; "
     "updated_at timestamptz",
     "tenant_id int8"},
    {"workspace_members",
     "id int8; workspace_id int8; customer_id int8; role varchar(32); status varchar(32); "
     "joined_at timestamptz; created_at timestamptz",
     ""},
    {"resource_quotas",
     "id int8; customer_id int8; workspace_id int8; quota_level varchar(32); cpu_quota int4; "
     "memory_quota int4; gpu_quota int4; storage_quota int8; environment_quota int4; "
     "created_at timestamptz; updated_at timestamptz",
     "tenant_id int8"},
    {"hosts",
     "id varchar(64); name varchar(128); hostname varchar(256); ip_address varchar(64); "
     "public_ip varchar(64); os_type varchar(20); os_version varchar(64); arch varchar(20); "
     "deployment_mode varchar(20); k8s_node_name varchar(128); status varchar(20); "
     "health_status varchar(20); total_cpu int4; total_memory_gb int8; total_disk_gb int8; "
     "total_gpu int4; used_cpu int4; used_memory int8; used_disk int8; used_gpu int4; "
     "ssh_port int4; winrm_port int4; agent_port int4; labels jsonb; tags _text; "
     "last_heartbeat timestamptz; registered_at timestamptz; created_at timestamptz; "
     "updated_at timestamptz",
     "region varchar(64); ssh_host varchar(256); ssh_username varchar(64); remark text; "
     "agent_token_hash varchar(128); agent_token_issued_at timestamptz; "
     "agent_version varchar(64); offline_reason text; status_changed_at timestamptz; "
     "flapping_since timestamptz; agent_last_sequence int8; agent_interval_seconds int4; "
     "agent_buffered_dropped int8"},
    {"gpus",
     "id int8; host_id varchar(64); index int4; uuid varchar(128); name varchar(128); "
     "brand varchar(64); architecture varchar(64); memory_total_mb int4; cuda_cores int4; "
     "compute_capability varchar(32); status varchar(20); health_status varchar(20); "
     "allocated_to varchar(64); allocated_at timestamptz; power_limit int4; "
     "temperature_limit int4; created_at timestamptz; updated_at timestamptz",
     "health_reason text; xid_errors _int4; ecc_uncorrected_errors int8; row_remap_failure bool; "
     "health_changed_at timestamptz"},
    {"environments",
     "id varchar(64); customer_id int8; workspace_id int8; host_id varchar(64); "
     "name varchar(128); description text; image varchar(256); status varchar(20); cpu int4; "
     "memory int8; gpu int4; gpu_memory int8; storage int8; temp_storage int8; ssh_port int4; "
     "ssh_enabled bool; rdp_port int4; rdp_enabled bool; jupyter_port int4; "
     "jupyter_token varchar(128); jupyter_enabled bool; tensorboard_port int4; "
     "tensorboard_enabled bool; web_terminal_enabled bool; mounted_datasets jsonb; "
     "mounted_models jsonb; env_vars jsonb; config jsonb; container_id varchar(128); "
     "pod_name varchar(128); created_at timestamptz; updated_at timestamptz; "
     "started_at timestamptz; stopped_at timestamptz; deleted_at timestamptz",
     "tenant_id int8"},
    {"port_mappings",
     "id int8; env_id varchar(64); service_type varchar(32); external_port int4; "
     "internal_port int4; status varchar(20); allocated_at timestamptz; "
     "last_accessed_at timestamptz; auto_release_hours int4; released_at timestamptz",
     ""},
    {"datasets",
     "id int8; uuid uuid; customer_id int8; workspace_id int8; name varchar(256); "
     "description text; storage_path varchar(512); storage_type varchar(32); total_size int8; "
     "file_count int4; status varchar(20); visibility varchar(20); created_at timestamptz; "
     "updated_at timestamptz",
     "tenant_id int8; source_type varchar(20); source_url varchar(1024); "
     "content_hash varchar(128); error_message text; deleted_at timestamptz"},
    {"dataset_versions",
     "id int8; dataset_id int8; version varchar(64); description text; "
     "storage_path varchar(512); size int8; file_count int4; created_at timestamptz",
     ""},
    {"models",
     "id int8; uuid uuid; customer_id int8; workspace_id int8; name varchar(256); "
     "description text; framework varchar(64); storage_path varchar(512); total_size int8; "
     "status varchar(20); visibility varchar(20); created_at timestamptz; "
     "updated_at timestamptz",
     "tenant_id int8"},
    {"model_versions",
     "id int8; model_id int8; version varchar(64); description text; "
     "storage_path varchar(512); size int8; metrics jsonb; created_at timestamptz",
     ""},
    {"images",
     "id int8; name varchar(256); display_name varchar(256); description text; "
     "category varchar(64); framework varchar(64); framework_version varchar(64); "
     "cuda_version varchar(32); python_version varchar(32); is_official bool; size int8; "
     "registry_url varchar(512); status varchar(20); created_at timestamptz; "
     "updated_at timestamptz",
     "customer_id int8; tenant_id int8; visibility varchar(20); source_type varchar(20); "
     "tags _text; reviewed_by int8; reviewed_at timestamptz; reject_reason text"},
    {"host_metrics",
     "id int8; host_id varchar(64); cpu_usage_percent float8; cpu_load_1m float8; "
     "cpu_load_5m float8; cpu_load_15m float8; memory_used int8; memory_available int8; "
     "memory_usage_percent float8; disk_used int8; disk_available int8; "
     "disk_usage_percent float8; disk_io_read_bytes int8; disk_io_write_bytes int8; "
     "network_rx_bytes int8; network_tx_bytes int8; network_rx_packets int8; "
     "network_tx_packets int8; gpu_avg_utilization float8; gpu_avg_memory_used int8; "
     "gpu_avg_temperature float8; gpu_avg_power float8; collected_at timestamptz",
     ""},
    {"gpu_metrics",
     "id int8; gpu_id int8; host_id varchar(64); utilization_percent float8; memory_used int8; "
     "memory_usage_percent float8; temperature float8; power_draw float8; "
     "fan_speed_percent float8; sm_clock int4; memory_clock int4; process_count int4; "
     "collected_at timestamptz",
     ""},
    // Beyond §11.3: rollups and latest figures of the metrics, agent liveness history, pending
    // alert conditions.
    {"host_metrics_1m",
     "host_id varchar(64); bucket timestamptz; samples int4; cpu_usage_percent float8; "
     "cpu_load_1m float8; memory_usage_percent float8; disk_usage_percent float8; "
     "disk_io_read_bytes int8; disk_io_write_bytes int8; network_rx_bytes int8; "
     "network_tx_bytes int8; gpu_avg_utilization float8; gpu_avg_memory_used float8; "
     "gpu_avg_temperature float8; gpu_avg_power float8",
     ""},
    {"host_metrics_1h",
     "host_id varchar(64); bucket timestamptz; samples int4; cpu_usage_percent float8; "
     "cpu_load_1m float8; memory_usage_percent float8; disk_usage_percent float8; "
     "disk_io_read_bytes int8; disk_io_write_bytes int8; network_rx_bytes int8; "
     "network_tx_bytes int8; gpu_avg_utilization float8; gpu_avg_memory_used float8; "
     "gpu_avg_temperature float8; gpu_avg_power float8",
     ""},
    {"gpu_metrics_1m",
     "gpu_id int8; host_id varchar(64); bucket timestamptz; samples int4; "
     "utilization_percent float8; utilization_max float8; memory_used float8; "
     "memory_usage_percent float8; temperature float8; temperature_max float8; "
     "power_draw float8",
     ""},
    {"gpu_metrics_1h",
     "gpu_id int8; host_id varchar(64); bucket timestamptz; samples int4; "
     "utilization_percent float8; utilization_max float8; memory_used float8; "
     "memory_usage_percent float8; temperature float8; temperature_max float8; "
     "power_draw float8; reported_minutes int4; busy_minutes int4; busy_threshold float8",
     ""},
    {"host_metrics_latest",
     "host_id varchar(64); cpu_usage_percent float8; cpu_load_1m float8; "
     "cpu_load_5m float8; cpu_load_15m float8; memory_used int8; memory_available int8; "
     "memory_usage_percent float8; disk_used int8; disk_available int8; "
     "disk_usage_percent float8; disk_io_read_bytes int8; disk_io_write_bytes int8; "
     "network_rx_bytes int8; network_tx_bytes int8; network_rx_packets int8; "
     "network_tx_packets int8; gpu_avg_utilization float8; gpu_avg_memory_used int8; "
     "gpu_avg_temperature float8; gpu_avg_power float8; collected_at timestamptz",
     ""},
    {"gpu_metrics_latest",
     "gpu_id int8; host_id varchar(64); utilization_percent float8; memory_used int8; "
     "memory_usage_percent float8; temperature float8; power_draw float8; "
     "fan_speed_percent float8; sm_clock int4; memory_clock int4; process_count int4; "
     "collected_at timestamptz",
     ""},
    {"metric_rollup_progress", "rollup varchar(32); rolled_up_to timestamptz", ""},
    {"host_status_changes",
     "id int8; host_id varchar(64); from_status varchar(20); to_status varchar(20); "
     "reason text; changed_at timestamptz",
     ""},
    {"alert_conditions",
     "rule_id int8; resource_type varchar(64); resource_id varchar(128); host_id varchar(64); "
     "since timestamptz; last_value float8; last_seen_at timestamptz",
     "alerted_at timestamptz"},
    // Beyond §11.3: the agent's latest GPU process snapshot per host.
    {"host_processes",
     "host_id varchar(64); gpu_index int4; gpu_uuid varchar(128); pid int8; process_name text; "
     "used_memory_mb int8; username varchar(64); reported_at timestamptz",
     ""},
    {"host_process_snapshots", "host_id varchar(64); reported_at timestamptz", ""},
    {"environment_metrics",
     "id int8; env_id varchar(64); cpu_usage_percent float8; memory_usage_percent float8; "
     "gpu_usage_percent float8; disk_usage_percent float8; network_rx_bytes int8; "
     "network_tx_bytes int8; collected_at timestamptz",
     ""},
    {"billing_records",
     "id int8; customer_id int8; workspace_id int8; resource_id varchar(64); "
     "resource_type varchar(32); resource_name varchar(256); quantity float8; "
     "unit_price numeric(10,4); amount numeric(10,4); currency varchar(10); "
     "billing_unit varchar(20); billing_minutes int4; start_time timestamptz; "
     "end_time timestamptz; created_at timestamptz",
     "tenant_id int8"},
    {"invoices",
     "id int8; invoice_no varchar(64); customer_id int8; billing_period_start timestamptz; "
     "billing_period_end timestamptz; total_amount numeric(10,4); currency varchar(10); "
     "status varchar(20); paid_at timestamptz; created_at timestamptz; updated_at timestamptz",
     "tenant_id int8"},
    {"training_jobs",
     "id varchar(64); customer_id int8; workspace_id int8; env_id varchar(64); "
     "name varchar(256); description text; image varchar(256); framework varchar(64); "
     "mounted_datasets jsonb; mounted_models jsonb; command text; env_vars jsonb; "
     "output_path varchar(512); node_count int4; distributed_config jsonb; status varchar(20); "
     "priority int4; cpu int4; memory int8; gpu int4; gpu_memory int8; started_at timestamptz; "
     "completed_at timestamptz; created_at timestamptz; updated_at timestamptz; "
     "deleted_at timestamptz",
     "tenant_id int8"},
    {"inference_services",
     "id varchar(64); customer_id int8; workspace_id int8; name varchar(256); "
     "description text; model_id int8; model_version varchar(64); image varchar(256); "
     "framework varchar(64); status varchar(20); endpoint_url varchar(512); replicas int4; "
     "min_replicas int4; max_replicas int4; autoscaling_enabled bool; "
     "autoscaling_config jsonb; version varchar(64); previous_version varchar(64); "
     "health_check_path varchar(256); health_check_interval int4; env_vars jsonb; cpu int4; "
     "memory int8; gpu int4; gpu_memory int8; created_at timestamptz; updated_at timestamptz; "
     "deleted_at timestamptz",
     "tenant_id int8"},
    {"notifications",
     "id int8; customer_id int8; title varchar(256); content text; type varchar(32); "
     "level varchar(20); is_read bool; read_at timestamptz; created_at timestamptz",
     "tenant_id int8; resource_type varchar(64); resource_id varchar(128); "
     "dedupe_key varchar(256)"},
    {"audit_logs",
     "id int8; customer_id int8; username varchar(128); action varchar(128); "
     "resource_type varchar(64); resource_id varchar(128); ip_address varchar(64); "
     "user_agent text; request_method varchar(10); request_path varchar(512); "
     "status_code int4; error_message text; created_at timestamptz",
     "tenant_id int8; result varchar(16); trace_id varchar(64); detail jsonb"},
    {"alert_rules",
     "id int8; customer_id int8; name varchar(256); description text; metric_type varchar(64); "
     "threshold float8; comparison varchar(10); duration int4; severity varchar(20); "
     "enabled bool; created_at timestamptz; updated_at timestamptz",
     "tenant_id int8; rule_key varchar(64); host_id varchar(64); created_by int8; "
     "updated_by int8"},
    {"alert_records",
     "id int8; rule_id int8; customer_id int8; resource_type varchar(64); "
     "resource_id varchar(128); metric_type varchar(64); current_value float8; "
     "threshold float8; severity varchar(20); status varchar(20); message text; "
     "triggered_at timestamptz; resolved_at timestamptz",
     "tenant_id int8; host_id varchar(64); acknowledged_at timestamptz; acknowledged_by int8; "
     "resolved_by int8; resolution_note text"},
    {"webhooks",
     "id int8; customer_id int8; name varchar(256); url varchar(512); secret varchar(256); "
     "events _text; enabled bool; created_at timestamptz; updated_at timestamptz",
     "tenant_id int8; last_triggered_at timestamptz; failure_count int4"},
    {"webhook_logs",
     "id int8; webhook_id int8; event_type varchar(64); payload jsonb; status_code int4; "
     "response_body text; error_message text; created_at timestamptz",
     "attempt int4; duration_ms int4; delivery_id int8; event_id uuid"},
    // 0022: the webhook outbox.
    {"webhook_events",
     "id uuid; event_type varchar(64); tenant_id int8; payload jsonb; dedupe_key varchar(200); "
     "occurred_at timestamptz",
     ""},
    {"webhook_deliveries",
     "id int8; event_id uuid; webhook_id int8; event_type varchar(64); tenant_id int8; "
     "payload jsonb; status varchar(16); attempts int4; next_attempt_at timestamptz; "
     "last_status_code int4; last_error text; created_at timestamptz; finished_at timestamptz",
     ""},
    {"issues",
     "id int8; issue_no varchar(64); customer_id int8; title varchar(256); description text; "
     "type varchar(32); priority varchar(20); status varchar(20); assignee_id int8; "
     "created_at timestamptz; updated_at timestamptz; resolved_at timestamptz",
     "tenant_id int8"},
    {"requirements",
     "id int8; requirement_no varchar(64); customer_id int8; title varchar(256); "
     "description text; priority varchar(20); status varchar(20); assignee_id int8; "
     "created_at timestamptz; updated_at timestamptz; completed_at timestamptz",
     "tenant_id int8"},
    {"comments",
     "id int8; customer_id int8; resource_type varchar(32); resource_id int8; content text; "
     "created_at timestamptz; updated_at timestamptz",
     "tenant_id int8"},
    {"dataset_usage",
     "id int8; env_id varchar(64); dataset_id int8; mount_path varchar(512); readonly bool; "
     "mounted_at timestamptz; unmounted_at timestamptz",
     ""},
    {"artifacts",
     "id int8; customer_id int8; workspace_id int8; name varchar(256); type varchar(64); "
     "storage_path varchar(512); size int8; source_type varchar(32); source_id varchar(128); "
     "created_at timestamptz",
     "tenant_id int8"},
    // Tables beyond §11.3 (V2.1 and the API): every column is "beyond", listed in `columns`.
    {"agent_key_jobs",
     "id int8; host_id varchar(64); customer_id int8; ssh_key_id int8; public_key text; "
     "action varchar(16); status varchar(16); allocation_id varchar(64); created_at timestamptz; "
     "done_at timestamptz",
     ""},
    {"ssh_keys",
     "id int8; customer_id int8; tenant_id int8; name varchar(64); public_key text; "
     "fingerprint varchar(128); last_used_at timestamptz; created_at timestamptz; "
     "updated_at timestamptz",
     ""},
    {"allocations",
     "id varchar(64); customer_id int8; tenant_id int8; host_id varchar(64); "
     "start_time timestamptz; end_time timestamptz; period tstzrange; status varchar(32); "
     "remark text; created_by int8; reclaimed_at timestamptz; reclaimed_by int8; "
     "reclaim_reason text; extended_count int4; last_reminder_days int4; "
     "created_at timestamptz; updated_at timestamptz",
     ""},
    {"tasks",
     "id varchar(64); customer_id int8; tenant_id int8; host_id varchar(64); "
     "allocation_id varchar(64); name varchar(256); description text; type varchar(32); "
     "image_id int8; image varchar(256); command text; env_vars jsonb; dataset_ids _int8; "
     "output_path varchar(512); priority int4; status varchar(20); exit_code int4; "
     "error_message text; restart_count int4; stop_requested_at timestamptz; "
     "started_at timestamptz; completed_at timestamptz; created_at timestamptz; "
     "updated_at timestamptz; deleted_at timestamptz",
     ""},
    {"task_logs",
     "id int8; task_id varchar(64); stream varchar(8); line text; logged_at timestamptz", ""},
    {"dataset_mounts",
     "id int8; dataset_id int8; host_id varchar(64); mount_path varchar(256); "
     "customer_id int8; tenant_id int8; readonly bool; status varchar(20); error_message text; "
     "mounted_at timestamptz; unmounted_at timestamptz; created_at timestamptz; "
     "updated_at timestamptz",
     ""},
    {"dataset_shares",
     "id int8; dataset_id int8; shared_with_customer_id int8; shared_with_tenant_id int8; "
     "permission varchar(16); created_by int8; created_at timestamptz",
     ""},
    {"refresh_tokens",
     "id int8; customer_id int8; token_hash varchar(128); family_id uuid; parent_id int8; "
     "issued_at timestamptz; expires_at timestamptz; used_at timestamptz; "
     "revoked_at timestamptz; revoked_reason varchar(32); client_ip varchar(64); "
     "user_agent text",
     ""},
    {"password_reset_codes",
     "id int8; customer_id int8; code_hash varchar(128); channel varchar(16); "
     "expires_at timestamptz; attempts int4; max_attempts int4; consumed_at timestamptz; "
     "request_ip varchar(64); created_at timestamptz",
     ""},
    {"login_attempts",
     "id int8; username varchar(128); customer_id int8; client_ip varchar(64); succeeded bool; "
     "failure_reason varchar(32); user_agent text; attempted_at timestamptz",
     ""},
    {"signing_keys",
     "id int8; kid varchar(64); algorithm varchar(16); secret bytea; status varchar(16); "
     "created_at timestamptz; retired_at timestamptz; verify_until timestamptz",
     ""},
};

std::string str(const QString &s)
{
    return s.toStdString();
}

QMap<QString, QString> parseColumns(const TableSpec &spec)
{
    QMap<QString, QString> columns;
    const QString all = QString::fromUtf8(spec.columns) + u"; "_s + QString::fromUtf8(spec.beyond);
    const QStringList items = all.split(u';', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString trimmed = item.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype space = trimmed.indexOf(u' ');
        columns.insert(trimmed.left(space), trimmed.mid(space + 1).trimmed());
    }
    return columns;
}

// The seed-000 (V2.1) example rows, verbatim, in an order that satisfies the foreign keys
// (customers before ssh_keys, hosts before gpus, images before tasks, ...).
const QString kSeedExampleRows = uR"sql(
INSERT INTO system_configs (config_key, config_value, config_type, description, is_public) 
VALUES 
('site_name', 'RemoteGPU Cloud', 'string', '平台名称', true),
('default_gpu_quota', '2', 'int', '默认GPU配额', false);

-- 插入一个管理员
INSERT INTO customers (username, email, password_hash, role, user_type, display_name)
VALUES ('admin', 'admin@remotegpu.com', '$2a$10$xyz...', 'admin', 'admin', 'System Admin');

-- 插入一个企业客户
INSERT INTO customers (username, email, password_hash, role, user_type, company, balance)
VALUES ('acme_corp', 'it@acme.com', '$2a$10$abc...', 'customer_owner', 'external', 'Acme Inc.', 1000.00);

INSERT INTO ssh_keys (customer_id, name, public_key, fingerprint)
VALUES (2, 'My Macbook', 'ssh-rsa AAAA...', 'SHA256:...');

INSERT INTO hosts (id, name, ip_address, public_ip, total_cpu, total_memory_gb, total_disk_gb, status, region)
VALUES ('node-01', 'BJ-GPU-01', '192.168.1.100', '203.0.113.10', 64, 256, 2048, 'online', 'beijing');

INSERT INTO gpus (host_id, index, name, memory_total_mb, status)
VALUES ('node-01', 0, 'NVIDIA GeForce RTX 4090', 24576, 'available');

INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status, remark)
VALUES ('alloc-001', 2, 'node-01', NOW(), NOW() + INTERVAL '1 month', 'active', 'VIP客户测试');

INSERT INTO images (name, display_name, framework, cuda_version, is_official)
VALUES ('pytorch/2.0-cuda11.8', 'PyTorch 2.0 (CUDA 11.8)', 'PyTorch', '11.8', true);

-- 创建数据集记录
INSERT INTO datasets (customer_id, name, storage_path, status)
VALUES (2, 'ImageNet-Train', 's3://remotegpu/users/2/datasets/imagenet', 'ready');

-- 挂载记录
INSERT INTO dataset_mounts (dataset_id, host_id, mount_path)
VALUES (1, 'node-01', '/data/imagenet');

INSERT INTO tasks (id, customer_id, host_id, name, type, image_id, command, status)
VALUES ('task-101', 2, 'node-01', 'ResNet Training', 'training', 1, 'python train.py --epochs 100', 'queued');

INSERT INTO audit_logs (customer_id, username, action, resource_type, resource_id, detail)
VALUES (1, 'admin', 'allocation.create', 'host', 'node-01', '{"duration": "1m", "user": "acme"}');
)sql"_s;

// One row in every other table that has a CHECK'ed column, on top of the seed rows
// (customer 3 is a member of tenant 2, acme_corp).
const QString kFixtureRows = uR"sql(
INSERT INTO customers (username, email, password_hash, role, tenant_id)
VALUES ('bob', 'bob@acme.com', 'x', 'customer_member', 2);
INSERT INTO workspaces (owner_id, name) VALUES (2, 'acme-ws');
INSERT INTO workspace_members (workspace_id, customer_id) VALUES (1, 3);
INSERT INTO resource_quotas (customer_id) VALUES (2);
INSERT INTO refresh_tokens (customer_id, token_hash, family_id, expires_at)
VALUES (2, 'hash-1', gen_random_uuid(), now() + interval '1 day');
INSERT INTO password_reset_codes (customer_id, code_hash, expires_at)
VALUES (2, 'code-1', now() + interval '15 minutes');
INSERT INTO login_attempts (username, customer_id, client_ip, succeeded, failure_reason)
VALUES ('acme_corp', 2, '10.0.0.9', false, 'bad_credentials');
INSERT INTO signing_keys (kid, secret) VALUES ('k1', decode(repeat('ab', 32), 'hex'));
INSERT INTO environments (id, customer_id, host_id, name, image, cpu, memory)
VALUES ('env-1', 2, 'node-01', 'dev', 'pytorch/2.0-cuda11.8', 8, 34359738368);
INSERT INTO port_mappings (env_id, service_type, external_port, internal_port) VALUES ('env-1', 'ssh', 30022, 22);
INSERT INTO dataset_versions (dataset_id, version, storage_path) VALUES (1, 'v1', 's3://remotegpu/users/2/datasets/imagenet/v1');
INSERT INTO dataset_shares (dataset_id, shared_with_customer_id) VALUES (1, 3);
INSERT INTO models (customer_id, name, storage_path) VALUES (2, 'resnet', 's3://remotegpu/users/2/models/resnet');
INSERT INTO model_versions (model_id, version, storage_path) VALUES (1, 'v1', 's3://remotegpu/users/2/models/resnet/v1');
INSERT INTO task_logs (task_id, line) VALUES ('task-101', 'epoch 1/100');
INSERT INTO training_jobs (id, customer_id, name, image, command)
VALUES ('job-1', 2, 'train', 'pytorch/2.0-cuda11.8', 'python train.py');
INSERT INTO inference_services (id, customer_id, name, image) VALUES ('svc-1', 2, 'serve', 'pytorch/2.0-cuda11.8');
INSERT INTO host_metrics (host_id, cpu_usage_percent) VALUES ('node-01', 12.5);
INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent) VALUES (1, 'node-01', 80);
INSERT INTO host_processes (host_id, gpu_index, gpu_uuid, pid, process_name, used_memory_mb, reported_at)
VALUES ('node-01', 0, 'GPU-00000000-0000-0000-0000-000000000000', 11345, './gpu_burn', 15690, now());
INSERT INTO host_process_snapshots (host_id, reported_at) VALUES ('node-01', now());
INSERT INTO environment_metrics (env_id, cpu_usage_percent) VALUES ('env-1', 5);
INSERT INTO billing_records (customer_id, resource_type, quantity, unit_price, amount, start_time, end_time)
VALUES (2, 'allocation', 60, 0.5, 30, now() - interval '1 hour', now());
INSERT INTO invoices (invoice_no, customer_id, billing_period_start, billing_period_end, total_amount)
VALUES ('INV-1', 2, now() - interval '1 month', now(), 30);
INSERT INTO notifications (customer_id, title, type) VALUES (2, 'Allocation alloc-001 ends in 3 days', 'expiry');
INSERT INTO alert_records (rule_id, host_id, resource_type, resource_id, metric_type, current_value, threshold, severity)
SELECT id, 'node-01', 'host', 'node-01', metric_type, 1, threshold, severity FROM alert_rules WHERE rule_key = 'host_offline';
INSERT INTO webhooks (customer_id, name, url, events) VALUES (2, 'ops', 'https://hooks.example.com/x', '{alert.firing}');
INSERT INTO webhook_logs (webhook_id, event_type, status_code) VALUES (1, 'alert.firing', 200);
INSERT INTO issues (issue_no, customer_id, title, type) VALUES ('ISS-1', 2, 'GPU 0 is slow', 'bug');
INSERT INTO requirements (requirement_no, customer_id, title) VALUES ('REQ-1', 2, 'More disk');
INSERT INTO comments (customer_id, resource_type, resource_id, content) VALUES (3, 'issue', 1, 'Seen it too');
INSERT INTO dataset_usage (env_id, dataset_id, mount_path) VALUES ('env-1', 1, '/gemini/data-1');
INSERT INTO artifacts (customer_id, name, type, storage_path, source_type, source_id)
VALUES (2, 'best.pt', 'checkpoint', 's3://remotegpu/users/2/artifacts/best.pt', 'task', 'task-101');
)sql"_s;

class SchemaTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = TestDatabase::create(u"schema"_s, TestDatabase::Schema::Migrated);
        ASSERT_NE(m_db, nullptr);
    }

    ::testing::AssertionResult ok(const QString &sql) const
    {
        const QString error = m_db->exec(sql);
        if (error.isEmpty())
            return ::testing::AssertionSuccess();
        return ::testing::AssertionFailure() << "failed: " << str(error) << "\n  SQL: " << str(sql);
    }

    // The statement must fail and the server's message must contain `expected`.
    ::testing::AssertionResult failsWith(const QString &sql, const QString &expected) const
    {
        const QString error = m_db->exec(sql);
        if (error.isEmpty())
            return ::testing::AssertionFailure() << "succeeded, expected an error containing '"
                                                 << str(expected) << "'\n  SQL: " << str(sql);
        if (!error.contains(expected))
            return ::testing::AssertionFailure()
                   << "failed with '" << str(error.trimmed()) << "', expected '" << str(expected)
                   << "'\n  SQL: " << str(sql);
        return ::testing::AssertionSuccess();
    }

    QString scalar(const QString &sql) const { return m_db->scalar(sql).toString(); }

    void loadSeedAndFixtures()
    {
        ASSERT_TRUE(ok(kSeedExampleRows));
        ASSERT_TRUE(ok(kFixtureRows));
    }

    std::unique_ptr<TestDatabase> m_db;
};

// ---------------------------------------------------------------------------------------------
TEST_F(SchemaTest, EveryTableAndColumnHasTheSpecifiedType)
{
    // Actual schema, one "table.column type" per row.
    const QString actual = scalar(uR"sql(
        SELECT string_agg(c.table_name || '.' || c.column_name || ' ' ||
               CASE WHEN c.data_type = 'character varying' THEN 'varchar(' || c.character_maximum_length || ')'
                    WHEN c.data_type = 'numeric' THEN 'numeric(' || c.numeric_precision || ',' || c.numeric_scale || ')'
                    ELSE c.udt_name END, ';' ORDER BY c.table_name, c.ordinal_position)
        FROM information_schema.columns c
        JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_migrations'
          AND NOT EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class k ON k.oid = i.inhrelid
                          WHERE k.relname = c.table_name::name)
    )sql"_s);
    ASSERT_FALSE(actual.isEmpty());

    QMap<QString, QMap<QString, QString>> dbTables;
    const QStringList rows = actual.split(u';');
    for (const QString &row : rows) {
        const qsizetype dot = row.indexOf(u'.');
        const qsizetype space = row.indexOf(u' ');
        dbTables[row.left(dot)].insert(row.mid(dot + 1, space - dot - 1), row.mid(space + 1));
    }

    QStringList problems;
    QSet<QString> specTables;
    for (const TableSpec &spec : kSchema) {
        const QString table = QString::fromUtf8(spec.table);
        if (specTables.contains(table))
            problems << u"spec lists table %1 twice"_s.arg(table);
        specTables.insert(table);
        if (!dbTables.contains(table)) {
            problems << u"missing table %1"_s.arg(table);
            continue;
        }
        const QMap<QString, QString> expected = parseColumns(spec);
        const QMap<QString, QString> &got = dbTables[table];
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!got.contains(it.key()))
                problems << u"missing column %1.%2 (%3)"_s.arg(table, it.key(), it.value());
            else if (got.value(it.key()) != it.value())
                problems << u"%1.%2 is %3, expected %4"_s.arg(table, it.key(), got.value(it.key()),
                                                              it.value());
        }
        for (auto it = got.cbegin(); it != got.cend(); ++it) {
            if (!expected.contains(it.key()))
                problems << u"column %1.%2 (%3) is not in the spec"_s.arg(table, it.key(),
                                                                          it.value());
        }
    }
    for (auto it = dbTables.cbegin(); it != dbTables.cend(); ++it) {
        if (!specTables.contains(it.key()))
            problems << u"table %1 is not in the spec"_s.arg(it.key());
    }
    EXPECT_TRUE(problems.isEmpty()) << str(problems.join(u'\n'));
    // 33 tables of §11.3 less schema_migrations (the runner's), plus 13 for V2.1 / API / auth /
    // the agent, plus 9 for metric rollups, latest figures, liveness and pending alerts, plus 2
    // for the webhook outbox. Partitions are not listed: they are their parent's storage.
    EXPECT_EQ(specTables.size(), 56);
}

TEST_F(SchemaTest, SeedExampleRowsInsertVerbatim)
{
    ASSERT_TRUE(ok(kSeedExampleRows));
    // What the inserts could leave to defaults and triggers.
    EXPECT_EQ(str(scalar(u"SELECT count(*) FROM customers WHERE uuid IS NOT NULL"_s)), "2");
    EXPECT_EQ(
        str(scalar(
            u"SELECT coalesce(tenant_id::text, 'null') FROM customers WHERE username = 'admin'"_s)),
        "null");
    EXPECT_EQ(str(scalar(u"SELECT tenant_id FROM customers WHERE username = 'acme_corp'"_s)), "2");
    EXPECT_EQ(str(scalar(u"SELECT tenant_id FROM allocations WHERE id = 'alloc-001'"_s)), "2");
    EXPECT_EQ(str(scalar(u"SELECT tenant_id FROM ssh_keys"_s)), "2");
    EXPECT_EQ(str(scalar(u"SELECT tenant_id FROM datasets"_s)), "2");
    EXPECT_EQ(str(scalar(u"SELECT tenant_id || ' ' || image FROM tasks WHERE id = 'task-101'"_s)),
              "2 pytorch/2.0-cuda11.8");
    EXPECT_EQ(str(scalar(u"SELECT status FROM images"_s)), "active");
    EXPECT_EQ(str(scalar(u"SELECT os_type || ' ' || deployment_mode FROM hosts"_s)),
              "linux traditional");
    EXPECT_EQ(str(scalar(u"SELECT result || ' ' || (detail->>'user') FROM audit_logs"_s)),
              "success acme");
    EXPECT_EQ(str(scalar(
                  u"SELECT upper(period) = lower(period) + interval '1 month' FROM allocations"_s)),
              "t");
    EXPECT_EQ(
        str(scalar(u"SELECT config_value FROM system_configs WHERE config_key = 'site_name'"_s)),
        "RemoteGPU Cloud");
    // And every fixture row on top of them.
    EXPECT_TRUE(ok(kFixtureRows));
}

TEST_F(SchemaTest, MigrationsSeedSettingsAndBuiltInAlertRules)
{
    EXPECT_EQ(str(scalar(u"SELECT config_value || '/' || config_type FROM system_configs "
                         u"WHERE config_key = 'expiry_reminder_days'"_s)),
              "7,3,1/string");
    EXPECT_EQ(
        str(scalar(
            u"SELECT config_type FROM system_configs WHERE config_key = 'allocation_expiring_window_days'"_s)),
        "int");
    EXPECT_EQ(
        str(scalar(
            u"SELECT count(*) FROM system_configs WHERE config_key LIKE 'login_%' OR config_key LIKE 'password_%'"_s)),
        "8");
    EXPECT_EQ(
        str(scalar(
            u"SELECT count(*) FROM system_configs WHERE config_key IN ('site_name', 'default_gpu_quota')"_s)),
        "0");
    EXPECT_EQ(
        str(scalar(
            u"SELECT metric_type || ' ' || severity FROM alert_rules WHERE rule_key = 'host_offline'"_s)),
        "host_offline critical");
}

// ---------------------------------------------------------------------------------------------
// Every CHECK'ed status/role/type column: the accepted values (001 §4.3 + the V2.1 values +
// the ones this schema documents) are accepted one by one, and an unknown value is refused by
// the constraint <table>_<column>_check. `statement` sets the value (%1); it defaults to an
// UPDATE of the fixture row(s) selected by `where`.
struct CheckSpec
{
    const char *table;
    const char *column;
    std::vector<const char *> accepted;
    const char *where = "true";
    const char *statement = nullptr;
};

const std::vector<CheckSpec> kChecks = {
    {"webhook_deliveries",
     "status",
     {"pending", "delivered", "failed", "cancelled"},
     "",
     "WITH e AS (INSERT INTO webhook_events (event_type, payload) VALUES ('host.offline', '{}') "
     "RETURNING id) INSERT INTO webhook_deliveries (event_id, webhook_id, event_type, payload, "
     "status) SELECT e.id, w.id, 'host.offline', '{}', '%1' FROM e, webhooks w LIMIT 1"},
    {"agent_key_jobs",
     "action",
     {"install", "remove"},
     "",
     "INSERT INTO agent_key_jobs (host_id, customer_id, public_key, action) VALUES ('node-01', 2, "
     "'k', '%1')"},
    {"agent_key_jobs",
     "status",
     {"pending", "done", "failed"},
     "",
     "INSERT INTO agent_key_jobs (host_id, customer_id, public_key, action, status, done_at) "
     "VALUES ('node-01', 2, 'k', 'install', '%1', now())"},
    {"system_configs",
     "config_type",
     {"string", "int", "bool", "json"},
     "config_key = 'site_name'"},
    {"customers",
     "role",
     {"admin", "customer_owner", "customer_member"},
     "",
     "INSERT INTO customers (username, email, password_hash, role, tenant_id) "
     "VALUES ('r_%1', 'r_%1@example.com', 'x', '%1', CASE WHEN '%1' = 'customer_member' THEN 2 "
     "END)"},
    {"customers", "user_type", {"admin", "external"}, "id = 2"},
    {"customers", "account_type", {"individual", "enterprise"}, "id = 2"},
    {"customers", "status", {"active", "disabled"}, "id = 2"},
    {"customers", "overdue_status", {"normal", "overdue", "suspended"}, "id = 2"},
    {"workspaces", "type", {"personal", "team"}},
    {"workspaces", "status", {"active", "archived", "disabled"}},
    {"workspace_members", "role", {"owner", "admin", "member"}},
    {"workspace_members", "status", {"active", "invited", "disabled"}},
    {"refresh_tokens",
     "revoked_reason",
     {"logout", "rotated", "reuse_detected", "password_reset", "password_changed",
      "account_disabled", "admin", "expired"},
     "",
     "UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = '%1'"},
    {"password_reset_codes", "channel", {"email", "sms"}},
    {"login_attempts",
     "failure_reason",
     {"bad_credentials", "unknown_user", "disabled", "locked", "rate_limited"}},
    {"signing_keys", "algorithm", {"HS256", "HS384", "HS512"}},
    {"signing_keys", "status", {"active", "retired", "revoked"}},
    {"hosts", "os_type", {"linux", "windows"}},
    {"hosts", "deployment_mode", {"traditional", "kubernetes", "docker"}},
    {"hosts", "status", {"online", "offline", "maintenance", "allocated"}},
    {"hosts", "health_status", {"unknown", "healthy", "warning", "unhealthy"}},
    {"gpus", "status", {"available", "allocated"}},
    {"gpus", "health_status", {"healthy", "warning", "unhealthy", "unknown"}},
    {"allocations", "status", {"active", "expired", "reclaimed", "pending"}},
    {"environments",
     "status",
     {"creating", "starting", "running", "stopping", "stopped", "restarting", "error", "failed",
      "deleting", "deleted"}},
    {"port_mappings",
     "service_type",
     {"ssh", "rdp", "jupyter", "tensorboard", "web_terminal", "vnc", "custom"}},
    {"port_mappings", "status", {"active", "released"}},
    {"images", "status", {"active", "building", "available", "failed", "rejected"}},
    {"images", "visibility", {"public", "private"}},
    {"images", "source_type", {"registry", "upload", "build"}},
    {"datasets", "storage_type", {"minio", "s3", "local", "nfs"}},
    {"datasets", "status", {"uploading", "processing", "available", "failed", "ready"}},
    {"datasets", "visibility", {"private", "shared", "public"}},
    {"datasets", "source_type", {"upload", "url", "machine"}},
    {"dataset_shares", "permission", {"read", "write"}},
    {"dataset_mounts",
     "status",
     {"pending", "mounting", "mounted", "unmounting", "unmounted", "failed"}},
    {"models", "status", {"uploading", "processing", "available", "failed", "ready"}},
    {"models", "visibility", {"private", "shared", "public"}},
    {"tasks", "type", {"training", "inference"}},
    {"tasks", "status", {"queued", "running", "succeeded", "failed", "stopped"}},
    {"task_logs", "stream", {"stdout", "stderr", "system"}},
    {"training_jobs", "status", {"pending", "queued", "running", "succeeded", "failed", "stopped"}},
    {"inference_services",
     "status",
     {"creating", "pending", "running", "updating", "stopped", "failed", "deleting"}},
    {"billing_records",
     "resource_type",
     {"environment", "training", "inference", "storage", "allocation", "task"}},
    {"billing_records", "billing_unit", {"minute", "hour", "day", "month", "gb_month"}},
    {"invoices", "status", {"pending", "paid", "overdue", "cancelled"}},
    {"notifications",
     "type",
     {"system", "allocation", "expiry", "alert", "task", "dataset", "image", "billing", "security",
      "issue"}},
    {"notifications", "level", {"info", "success", "warning", "error", "critical"}},
    {"audit_logs",
     "result",
     {"success", "failure"},
     "",
     "INSERT INTO audit_logs (action, result) VALUES ('check.test', '%1')"},
    {"alert_rules", "comparison", {"gt", "gte", "lt", "lte", "eq"}, "rule_key = 'host_offline'"},
    {"alert_rules", "severity", {"info", "warning", "critical"}, "rule_key = 'host_offline'"},
    {"alert_records", "severity", {"info", "warning", "critical"}},
    {"alert_records", "status", {"firing", "active", "acknowledged", "resolved"}},
    {"issues", "type", {"bug", "incident", "question", "feature", "consultation", "other"}},
    {"issues", "priority", {"low", "medium", "high", "urgent"}},
    {"issues", "status", {"open", "in_progress", "pending", "resolved", "closed"}},
    {"requirements", "priority", {"low", "medium", "high", "urgent"}},
    {"requirements",
     "status",
     {"submitted", "reviewing", "approved", "rejected", "in_progress", "completed", "cancelled"}},
    {"comments", "resource_type", {"issue", "requirement"}},
    {"artifacts", "type", {"model", "checkpoint", "dataset", "log", "output", "image", "other"}},
    {"artifacts", "source_type", {"task", "training", "inference", "environment", "upload"}},
};

TEST_F(SchemaTest, EveryStatusRoleAndTypeCheckAcceptsItsValuesAndRejectsOthers)
{
    ASSERT_NO_FATAL_FAILURE(loadSeedAndFixtures());
    QSet<QString> tested;
    for (const CheckSpec &check : kChecks) {
        const QString table = QString::fromUtf8(check.table);
        const QString column = QString::fromUtf8(check.column);
        const QString statement = check.statement
                                      ? QString::fromUtf8(check.statement)
                                      : u"UPDATE %1 SET %2 = '%3' WHERE %4"_s.arg(
                                            table, column, u"%1"_s, QString::fromUtf8(check.where));
        for (const char *value : check.accepted)
            EXPECT_TRUE(ok(statement.arg(QString::fromUtf8(value))))
                << check.table << '.' << check.column;
        const QString constraint = u"%1_%2_check"_s.arg(table, column);
        EXPECT_TRUE(failsWith(statement.arg(u"bogus"_s),
                              u"violates check constraint \"%1\""_s.arg(constraint)));
        tested.insert(constraint);
    }
    // Coverage guard: every value-list CHECK in the schema has a row above.
    const QStringList inDatabase = scalar(uR"sql(
        SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint
        WHERE contype = 'c' AND conrelid <> 0 AND connamespace = 'public'::regnamespace
          AND pg_get_constraintdef(oid) LIKE '%= ANY ((ARRAY[%'
    )sql"_s)
                                       .split(u',');
    for (const QString &name : inDatabase)
        EXPECT_TRUE(tested.contains(name)) << "no test for CHECK " << str(name);
    EXPECT_EQ(tested.size(), inDatabase.size());
}

// ---------------------------------------------------------------------------------------------
struct UniqueSpec
{
    const char *constraint;
    const char *duplicate;
};

const std::vector<UniqueSpec> kUniques = {
    {"customers_username_key", "INSERT INTO customers (username, email, password_hash) VALUES "
                               "('admin', 'other@example.com', 'x')"},
    {"customers_email_key", "INSERT INTO customers (username, email, password_hash) VALUES "
                            "('other', 'admin@remotegpu.com', 'x')"},
    {"idx_customers_username_lower", "INSERT INTO customers (username, email, password_hash) "
                                     "VALUES ('ADMIN', 'other@example.com', 'x')"},
    {"idx_customers_email_lower", "INSERT INTO customers (username, email, password_hash) VALUES "
                                  "('other', 'Admin@RemoteGPU.com', 'x')"},
    {"customers_uuid_key",
     "INSERT INTO customers (uuid, username, email, password_hash) "
     "SELECT uuid, 'other', 'other@example.com', 'x' FROM customers WHERE id = 1"},
    {"system_configs_config_key_key",
     "INSERT INTO system_configs (config_key, config_value) VALUES ('site_name', 'again')"},
    {"hosts_pkey", "INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb) VALUES "
                   "('node-01', 'x', '10.9.9.9', 1, 1)"},
    {"hosts_ip_address_key", "INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb) "
                             "VALUES ('node-02', 'x', '192.168.1.100', 1, 1)"},
    {"hosts_ssh_host_key",
     "UPDATE hosts SET ssh_host = 'gpu1.example.com' WHERE id = 'node-01'; "
     "INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, ssh_host) "
     "VALUES ('node-02', 'x', '10.9.9.9', 1, 1, 'gpu1.example.com')"},
    {"hosts_agent_token_hash_key",
     "UPDATE hosts SET agent_token_hash = 'abc' WHERE id = 'node-01'; "
     "INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, agent_token_hash) "
     "VALUES ('node-02', 'x', '10.9.9.9', 1, 1, 'abc')"},
    {"gpus_host_id_index_key", "INSERT INTO gpus (host_id, index) VALUES ('node-01', 0)"},
    {"host_processes_pkey",
     "INSERT INTO host_processes (host_id, gpu_index, pid, process_name, reported_at) "
     "VALUES ('node-01', 0, 11345, 'again', now())"},
    {"gpus_uuid_key", "UPDATE gpus SET uuid = 'GPU-1234'; INSERT INTO gpus (host_id, index, uuid) "
                      "VALUES ('node-01', 1, 'GPU-1234')"},
    {"workspace_members_workspace_id_customer_id_key",
     "INSERT INTO workspace_members (workspace_id, customer_id) VALUES (1, 3)"},
    {"resource_quotas_customer_id_workspace_id_key",
     "INSERT INTO resource_quotas (customer_id) VALUES (2)"},
    {"ssh_keys_customer_id_fingerprint_key",
     "INSERT INTO ssh_keys (customer_id, name, public_key, fingerprint) VALUES (2, 'again', "
     "'ssh-ed25519 AAAA...', 'SHA256:...')"},
    {"refresh_tokens_token_hash_key",
     "INSERT INTO refresh_tokens (customer_id, token_hash, family_id, expires_at) "
     "VALUES (3, 'hash-1', gen_random_uuid(), now() + interval '1 day')"},
    {"signing_keys_kid_key", "INSERT INTO signing_keys (kid, secret, status) VALUES ('k1', "
                             "decode(repeat('cd', 32), 'hex'), 'retired')"},
    {"idx_signing_keys_one_active",
     "INSERT INTO signing_keys (kid, secret) VALUES ('k2', decode(repeat('cd', 32), 'hex'))"},
    {"allocations_pkey",
     "INSERT INTO allocations (id, customer_id, host_id, start_time, end_time) "
     "VALUES ('alloc-001', 2, 'node-01', now() + interval '1 year', now() + interval '2 years')"},
    {"port_mappings_external_port_key",
     "INSERT INTO port_mappings (env_id, service_type, external_port, internal_port) VALUES "
     "('env-1', 'jupyter', 30022, 8888)"},
    {"images_name_key", "INSERT INTO images (name) VALUES ('pytorch/2.0-cuda11.8')"},
    {"dataset_versions_dataset_id_version_key",
     "INSERT INTO dataset_versions (dataset_id, version, storage_path) VALUES (1, 'v1', "
     "'elsewhere')"},
    {"dataset_shares_dataset_target_key",
     "INSERT INTO dataset_shares (dataset_id, shared_with_customer_id) VALUES (1, 3)"},
    {"idx_dataset_mounts_live_path", "INSERT INTO dataset_mounts (dataset_id, host_id, mount_path) "
                                     "VALUES (1, 'node-01', '/data/imagenet')"},
    {"model_versions_model_id_version_key",
     "INSERT INTO model_versions (model_id, version, storage_path) VALUES (1, 'v1', 'elsewhere')"},
    {"tasks_pkey",
     "INSERT INTO tasks (id, customer_id, name, command) VALUES ('task-101', 2, 'again', 'true')"},
    {"invoices_invoice_no_key", "INSERT INTO invoices (invoice_no, customer_id, "
                                "billing_period_start, billing_period_end, total_amount) "
                                "VALUES ('INV-1', 2, now(), now(), 0)"},
    {"notifications_customer_id_dedupe_key_key",
     "INSERT INTO notifications (customer_id, title, type, dedupe_key) VALUES (2, 'a', 'expiry', "
     "'expiry:alloc-001:3'); "
     "INSERT INTO notifications (customer_id, title, type, dedupe_key) VALUES (2, 'b', 'expiry', "
     "'expiry:alloc-001:3')"},
    {"alert_rules_rule_key_key",
     "INSERT INTO alert_rules (rule_key, name, metric_type, threshold, comparison) "
     "VALUES ('host_offline', 'again', 'host_offline', 1, 'gte')"},
    {"idx_alert_records_one_open",
     "INSERT INTO alert_records (rule_id, host_id, resource_type, resource_id, metric_type, "
     "current_value, threshold, severity) "
     "SELECT id, 'node-01', 'host', 'node-01', metric_type, 1, threshold, severity FROM "
     "alert_rules WHERE rule_key = 'host_offline'"},
    {"issues_issue_no_key",
     "INSERT INTO issues (issue_no, customer_id, title, type) VALUES ('ISS-1', 2, 'again', 'bug')"},
    {"requirements_requirement_no_key",
     "INSERT INTO requirements (requirement_no, customer_id, title) VALUES ('REQ-1', 2, 'again')"},
};

TEST_F(SchemaTest, UniqueConstraintsRejectDuplicates)
{
    ASSERT_NO_FATAL_FAILURE(loadSeedAndFixtures());
    for (const UniqueSpec &unique : kUniques) {
        EXPECT_TRUE(failsWith(
            QString::fromUtf8(unique.duplicate),
            u"violates unique constraint \"%1\""_s.arg(QString::fromUtf8(unique.constraint))));
    }
    // Not duplicates: these go in.
    EXPECT_TRUE(ok(u"INSERT INTO gpus (host_id, index) VALUES ('node-01', 1)"_s));
    // One process on a second GPU is a second row; its memory may be unknown ([N/A]).
    EXPECT_TRUE(ok(u"INSERT INTO host_processes (host_id, gpu_index, pid, process_name, "
                   u"used_memory_mb, reported_at) VALUES ('node-01', 1, 11345, './gpu_burn', "
                   u"NULL, now())"_s));
    EXPECT_TRUE(ok(u"INSERT INTO workspace_members (workspace_id, customer_id) VALUES (1, 2)"_s));
    EXPECT_TRUE(ok(
        u"INSERT INTO dataset_versions (dataset_id, version, storage_path) VALUES (1, 'v2', 'x')"_s));
    // An open alert resolved: the next one for the same rule and resource may open.
    EXPECT_TRUE(ok(u"UPDATE alert_records SET status = 'resolved', resolved_at = now(); "
                   u"INSERT INTO alert_records (rule_id, host_id, resource_type, resource_id, "
                   u"metric_type, current_value, "
                   u"threshold, severity) SELECT id, 'node-01', 'host', 'node-01', metric_type, 1, "
                   u"threshold, severity "
                   u"FROM alert_rules WHERE rule_key = 'host_offline'"_s));
    // An unmounted path may be mounted again.
    EXPECT_TRUE(ok(
        u"UPDATE dataset_mounts SET status = 'unmounted', unmounted_at = now(); "
        u"INSERT INTO dataset_mounts (dataset_id, host_id, mount_path) VALUES (1, 'node-01', '/data/imagenet')"_s));
}

// ---------------------------------------------------------------------------------------------
TEST_F(SchemaTest, AllocationExclusionAllowsOneActiveOrPendingAllocationPerHostAtATime)
{
    ASSERT_NO_FATAL_FAILURE(loadSeedAndFixtures());
    ASSERT_TRUE(ok(uR"sql(
        INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb) VALUES
            ('ex-1', 'EX-1', '10.1.0.1', 32, 128), ('ex-2', 'EX-2', '10.1.0.2', 32, 128);
        INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status)
        VALUES ('base', 2, 'ex-1', '2030-01-01T00:00:00Z', '2030-02-01T00:00:00Z', 'active');
    )sql"_s));
    const QString insert =
        u"INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status) "
        u"VALUES ('%1', 2, '%2', '%3', '%4', '%5')"_s;
    const QString excl = u"violates exclusion constraint \"allocations_host_period_excl\""_s;

    // Overlapping active or pending allocations of the same host are refused.
    EXPECT_TRUE(failsWith(insert.arg(u"o1"_s, u"ex-1"_s, u"2030-01-15T00:00:00Z"_s,
                                     u"2030-03-01T00:00:00Z"_s, u"active"_s),
                          excl));
    EXPECT_TRUE(failsWith(insert.arg(u"o2"_s, u"ex-1"_s, u"2029-12-01T00:00:00Z"_s,
                                     u"2030-01-02T00:00:00Z"_s, u"pending"_s),
                          excl));
    EXPECT_TRUE(failsWith(insert.arg(u"o3"_s, u"ex-1"_s, u"2030-01-10T00:00:00Z"_s,
                                     u"2030-01-11T00:00:00Z"_s, u"active"_s),
                          excl));
    // Seed 000's NOW()-based allocation blocks the seed host too.
    EXPECT_TRUE(failsWith(u"INSERT INTO allocations (id, customer_id, host_id, end_time) "
                          u"VALUES ('o4', 2, 'node-01', now() + interval '1 day')"_s,
                          excl));

    // Not overlapping: [start, end) so back-to-back is fine.
    EXPECT_TRUE(ok(insert.arg(u"next"_s, u"ex-1"_s, u"2030-02-01T00:00:00Z"_s,
                              u"2030-03-01T00:00:00Z"_s, u"pending"_s)));
    // Same period on another host.
    EXPECT_TRUE(ok(insert.arg(u"other"_s, u"ex-2"_s, u"2030-01-01T00:00:00Z"_s,
                              u"2030-02-01T00:00:00Z"_s, u"active"_s)));
    // Overlapping rows that no longer hold the machine.
    EXPECT_TRUE(ok(insert.arg(u"old1"_s, u"ex-1"_s, u"2030-01-10T00:00:00Z"_s,
                              u"2030-01-20T00:00:00Z"_s, u"reclaimed"_s)));
    EXPECT_TRUE(ok(insert.arg(u"old2"_s, u"ex-1"_s, u"2030-01-05T00:00:00Z"_s,
                              u"2030-01-25T00:00:00Z"_s, u"expired"_s)));
    EXPECT_EQ(str(scalar(u"SELECT reclaimed_at IS NOT NULL FROM allocations WHERE id = 'old1'"_s)),
              "t");

    // Extending into the next allocation is refused; a shorter extension is fine.
    EXPECT_TRUE(failsWith(
        u"UPDATE allocations SET end_time = '2030-02-15T00:00:00Z' WHERE id = 'base'"_s, excl));
    EXPECT_TRUE(
        ok(u"UPDATE allocations SET end_time = '2030-01-31T00:00:00Z' WHERE id = 'base'"_s));
    // A reclaimed row cannot come back over an active one.
    EXPECT_TRUE(failsWith(
        u"UPDATE allocations SET status = 'active', reclaimed_at = NULL WHERE id = 'old1'"_s,
        excl));

    // Reclaiming frees the machine at once.
    EXPECT_TRUE(ok(
        u"UPDATE allocations SET status = 'reclaimed', reclaimed_at = now() WHERE id = 'base'"_s));
    EXPECT_TRUE(ok(insert.arg(u"again"_s, u"ex-1"_s, u"2030-01-03T00:00:00Z"_s,
                              u"2030-01-31T00:00:00Z"_s, u"active"_s)));

    EXPECT_TRUE(failsWith(insert.arg(u"bad"_s, u"ex-2"_s, u"2031-02-01T00:00:00Z"_s,
                                     u"2031-01-01T00:00:00Z"_s, u"active"_s),
                          u"allocations_time_check"_s));
    EXPECT_EQ(
        str(scalar(
            u"SELECT count(*) FROM pg_constraint WHERE conname = 'allocations_host_period_excl' AND contype = 'x'"_s)),
        "1");
}

// ---------------------------------------------------------------------------------------------
// held_allocations (0020) is the one definition of "the allocation holding a machine at an
// instant" and of `expiring`: it ends within allocation_expiring_window_days of that instant,
// the window's last instant included. The instant is an argument, so nothing here reads now().
TEST_F(SchemaTest, HeldAllocationsExpireOnTheWindowsLastInstantWithTheWindowFromSettings)
{
    ASSERT_NO_FATAL_FAILURE(loadSeedAndFixtures());
    ASSERT_TRUE(ok(uR"sql(
        INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb) VALUES
            ('hw-edge', 'HW-EDGE', '10.2.0.1', 8, 32), ('hw-past', 'HW-PAST', '10.2.0.2', 8, 32),
            ('hw-later', 'HW-LATER', '10.2.0.3', 8, 32), ('hw-gone', 'HW-GONE', '10.2.0.4', 8, 32),
            ('hw-soon', 'HW-SOON', '10.2.0.5', 8, 32);
        INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status) VALUES
            ('edge', 2, 'hw-edge', '2030-01-01T00:00:00Z', '2030-01-13T00:00:00Z', 'active'),
            ('past', 2, 'hw-past', '2030-01-01T00:00:00Z', '2030-01-13T00:00:01Z', 'active'),
            ('later', 2, 'hw-later', '2030-01-11T00:00:00Z', '2030-02-01T00:00:00Z', 'active'),
            ('gone', 2, 'hw-gone', '2030-01-01T00:00:00Z', '2030-01-20T00:00:00Z', 'reclaimed'),
            ('soon', 2, 'hw-soon', '2030-01-01T00:00:00Z', '2030-01-10T00:00:00Z', 'active');
    )sql"_s));
    const QString at = u"'2030-01-10T00:00:00Z'"_s;
    // Which of the test's allocations are held at `at`, each with its expiring flag.
    const auto held = [&] {
        return str(scalar(u"SELECT string_agg(id || '=' || expiring, ',' ORDER BY id) "
                          u"FROM held_allocations(%1) WHERE host_id LIKE 'hw-%'"_s.arg(at)));
    };
    const auto setWindow = [&](const QString &days) {
        return ok(u"UPDATE system_configs SET config_value = '%1' "
                  u"WHERE config_key = 'allocation_expiring_window_days'"_s.arg(days));
    };

    // A 3-day window: `edge` ends exactly 3 days after `at` and is expiring, `past` one second
    // later is not. `later` has not started, `gone` was reclaimed, and `soon` ends at `at`
    // itself, which is outside its [start, end).
    ASSERT_TRUE(setWindow(u"3"_s));
    EXPECT_EQ(held(), "edge=true,past=false");
    EXPECT_EQ(str(scalar(u"SELECT allocation_expiring_window()::text"_s)), "3 days");

    // The window is read from the settings on every call: with 2 days neither is expiring...
    ASSERT_TRUE(setWindow(u"2"_s));
    EXPECT_EQ(held(), "edge=false,past=false");
    // ...and a text that is not a whole number, or a negative one, is no window at all.
    ASSERT_TRUE(setWindow(u"soon"_s));
    EXPECT_EQ(str(scalar(u"SELECT allocation_expiring_window()::text"_s)), "00:00:00");
    ASSERT_TRUE(setWindow(u"-4"_s));
    EXPECT_EQ(held(), "edge=false,past=false");

    ASSERT_TRUE(setWindow(u"7"_s));
    EXPECT_EQ(held(), "edge=true,past=true");
}

// ---------------------------------------------------------------------------------------------
TEST_F(SchemaTest, AuditRowsCannotBeChangedOrRemoved)
{
    ASSERT_NO_FATAL_FAILURE(loadSeedAndFixtures());
    ASSERT_TRUE(ok(u"INSERT INTO audit_logs (customer_id, tenant_id, username, action, "
                   u"resource_type, resource_id, "
                   u"result, trace_id, ip_address, detail) VALUES (1, 2, 'admin', "
                   u"'allocation.reclaim', 'allocation', "
                   u"'alloc-001', 'failure', 'trace-1', '127.0.0.1', '{\"reason\": \"test\"}')"_s));
    const QString refused = u"audit_logs rows are immutable"_s;
    EXPECT_TRUE(failsWith(u"UPDATE audit_logs SET action = 'changed'"_s, refused));
    EXPECT_TRUE(failsWith(u"UPDATE audit_logs SET result = 'success' WHERE trace_id = 'trace-1'"_s,
                          refused));
    EXPECT_TRUE(failsWith(u"DELETE FROM audit_logs WHERE id = 1"_s, refused));
    EXPECT_TRUE(failsWith(u"DELETE FROM audit_logs"_s, refused));
    EXPECT_TRUE(failsWith(u"TRUNCATE audit_logs"_s, refused));
    // The actor cannot be deleted from under the trail either (RESTRICT, not SET NULL).
    EXPECT_TRUE(
        failsWith(u"DELETE FROM customers WHERE id = 1"_s, u"audit_logs_customer_id_fkey"_s));
    EXPECT_EQ(
        str(scalar(
            u"SELECT count(*) || ' ' || string_agg(action, ',' ORDER BY id) FROM audit_logs"_s)),
        "2 allocation.create,allocation.reclaim");
    // An admin's action on a tenant keeps the tenant it was given; the seed row of admin has none.
    EXPECT_EQ(
        str(scalar(
            u"SELECT coalesce(string_agg(coalesce(tenant_id::text, '-'), ',' ORDER BY id), '') FROM audit_logs"_s)),
        "-,2");
}

TEST_F(SchemaTest, DeletingAHostCascadesToItsDetailButNotPastItsHistory)
{
    ASSERT_NO_FATAL_FAILURE(loadSeedAndFixtures());
    ASSERT_TRUE(ok(uR"sql(
        INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb) VALUES ('gone', 'GONE', '10.2.0.1', 16, 64);
        INSERT INTO gpus (host_id, index, name, memory_total_mb) VALUES
            ('gone', 0, 'NVIDIA H100 80GB HBM3', 81559), ('gone', 1, 'NVIDIA H100 80GB HBM3', 81559);
        INSERT INTO host_metrics (host_id, cpu_usage_percent) VALUES ('gone', 50);
        INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent)
            SELECT id, host_id, 99 FROM gpus WHERE host_id = 'gone';
        INSERT INTO host_metrics_1m (host_id, bucket, samples, cpu_usage_percent)
            VALUES ('gone', date_trunc('minute', now()), 1, 50);
        INSERT INTO host_metrics_1h (host_id, bucket, samples, cpu_usage_percent)
            VALUES ('gone', date_trunc('hour', now()), 1, 50);
        INSERT INTO gpu_metrics_1m (gpu_id, host_id, bucket, samples, utilization_percent)
            SELECT id, host_id, date_trunc('minute', now()), 1, 99 FROM gpus WHERE host_id = 'gone';
        INSERT INTO gpu_metrics_1h (gpu_id, host_id, bucket, samples, utilization_percent)
            SELECT id, host_id, date_trunc('hour', now()), 1, 99 FROM gpus WHERE host_id = 'gone';
        INSERT INTO dataset_mounts (dataset_id, host_id, mount_path) VALUES (1, 'gone', '/data/imagenet');
        INSERT INTO host_processes (host_id, gpu_index, pid, process_name, reported_at) VALUES
            ('gone', 0, 11345, './gpu_burn', now()), ('gone', 1, 11345, './gpu_burn', now());
    )sql"_s));
    EXPECT_EQ(str(scalar(u"SELECT count(*) FROM gpus WHERE host_id = 'gone'"_s)), "2");
    EXPECT_TRUE(ok(u"DELETE FROM hosts WHERE id = 'gone'"_s));
    EXPECT_EQ(str(scalar(u"SELECT count(*) FROM gpus WHERE host_id = 'gone'"_s)), "0");
    EXPECT_EQ(str(scalar(u"SELECT count(*) FROM host_metrics WHERE host_id = 'gone'"_s)), "0");
    EXPECT_EQ(str(scalar(u"SELECT count(*) FROM gpu_metrics WHERE host_id = 'gone'"_s)), "0");
    for (const char *rollup :
         {"host_metrics_1m", "host_metrics_1h", "gpu_metrics_1m", "gpu_metrics_1h"})
        EXPECT_EQ(str(scalar(u"SELECT count(*) FROM %1 WHERE host_id = 'gone'"_s.arg(
                      QLatin1String(rollup)))),
                  "0")
            << rollup;
    EXPECT_EQ(str(scalar(u"SELECT count(*) FROM dataset_mounts WHERE host_id = 'gone'"_s)), "0");
    EXPECT_EQ(str(scalar(u"SELECT count(*) FROM host_processes WHERE host_id = 'gone'"_s)), "0");
    // node-01 has an allocation (and a task): business history keeps the host.
    EXPECT_TRUE(failsWith(u"DELETE FROM hosts WHERE id = 'node-01'"_s,
                          u"violates foreign key constraint"_s));
    EXPECT_EQ(str(scalar(u"SELECT count(*) FROM gpus WHERE host_id = 'node-01'"_s)), "1");
}

// ---------------------------------------------------------------------------------------------
TEST_F(SchemaTest, TenantIdFollowsTheOwnerConvention)
{
    ASSERT_NO_FATAL_FAILURE(loadSeedAndFixtures());
    // Owner -> itself, member -> owner, admin -> NULL.
    EXPECT_EQ(
        str(scalar(
            u"SELECT string_agg(username || '=' || coalesce(tenant_id::text, '-'), ',' ORDER BY id) FROM customers"_s)),
        "admin=-,acme_corp=2,bob=2");
    // Rows of a member are filed under the member's tenant.
    EXPECT_TRUE(ok(
        u"INSERT INTO tasks (id, customer_id, name, command) VALUES ('task-m', 3, 'member task', 'true')"_s));
    EXPECT_EQ(str(scalar(u"SELECT tenant_id FROM tasks WHERE id = 'task-m'"_s)), "2");
    EXPECT_EQ(str(scalar(u"SELECT tenant_id FROM comments"_s)), "2");
    EXPECT_EQ(str(scalar(u"SELECT tenant_id FROM workspaces"_s)), "2");

    EXPECT_TRUE(
        failsWith(u"INSERT INTO customers (username, email, password_hash, role, tenant_id) "
                  u"VALUES ('m1', 'm1@example.com', 'x', 'customer_member', 1)"_s,
                  u"is not a customer_owner"_s));
    EXPECT_TRUE(failsWith(u"INSERT INTO customers (username, email, password_hash, role) "
                          u"VALUES ('m2', 'm2@example.com', 'x', 'customer_member')"_s,
                          u"customers_tenant_role_check"_s));
    EXPECT_TRUE(
        failsWith(u"INSERT INTO customers (username, email, password_hash, role, tenant_id) "
                  u"VALUES ('o2', 'o2@example.com', 'x', 'customer_owner', 2)"_s,
                  u"customers_tenant_role_check"_s));
    EXPECT_TRUE(
        failsWith(u"INSERT INTO customers (username, email, password_hash, role, tenant_id) "
                  u"VALUES ('a2', 'a2@example.com', 'x', 'admin', 2)"_s,
                  u"customers_tenant_role_check"_s));
    // An owner with members keeps its role until they are moved.
    EXPECT_TRUE(
        failsWith(u"UPDATE customers SET role = 'admin' WHERE id = 2"_s, u"still owns members"_s));
    // A second tenant; a row naming the wrong tenant for its customer is refused.
    EXPECT_TRUE(ok(
        u"INSERT INTO customers (username, email, password_hash, role) VALUES ('globex', 'it@globex.com', 'x', 'customer_owner')"_s));
    EXPECT_EQ(str(scalar(u"SELECT tenant_id = id FROM customers WHERE username = 'globex'"_s)),
              "t");
    EXPECT_TRUE(
        failsWith(u"INSERT INTO tasks (id, customer_id, tenant_id, name, command) "
                  u"SELECT 'task-x', 3, id, 'x', 'true' FROM customers WHERE username = 'globex'"_s,
                  u"does not match the tenant"_s));
    // A machine is allocated to a tenant, never to an admin account.
    EXPECT_TRUE(failsWith(
        u"INSERT INTO allocations (id, customer_id, host_id, start_time, end_time) "
        u"VALUES ('a-admin', 1, 'node-01', now() + interval '2 years', now() + interval '3 years')"_s,
        u"\"tenant_id\""_s));
    // Every tenant-scoped table has an index leading with tenant_id.
    const QString unindexed = scalar(uR"sql(
        SELECT coalesce(string_agg(c.table_name, ',' ORDER BY c.table_name), '')
        FROM information_schema.columns c
        JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.column_name = 'tenant_id'
          AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                          WHERE i.indrelid = (quote_ident(c.table_name))::regclass AND a.attname = 'tenant_id')
    )sql"_s);
    EXPECT_EQ(str(unindexed), "");
}

TEST_F(SchemaTest, EveryForeignKeyIsIndexed)
{
    // A foreign key column that leads no index makes parent deletes and joins scan the child.
    const QString unindexed = scalar(uR"sql(
        SELECT coalesce(string_agg(conrelid::regclass || '(' || a.attname || ')', ', '), '')
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
    )sql"_s);
    EXPECT_EQ(str(unindexed), "");
}

} // namespace
} // namespace remotegpu::test
