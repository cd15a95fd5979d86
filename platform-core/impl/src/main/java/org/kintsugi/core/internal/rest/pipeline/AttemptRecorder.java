package org.kintsugi.core.internal.rest.pipeline;

import org.kintsugi.core.internal.audit.AuditRecord;
import org.kintsugi.core.internal.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a request that changed nothing (refused, failed, or rolled back) in an audit row of its own. While the
 * database is known to be away the row cannot be written: it is counted, and said once when it is back.
 */
final class AttemptRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(AttemptRecorder.class);

    private final ApiServices services;

    AttemptRecorder(ApiServices services) {
        this.services = services;
    }

    void record(AuditRecord record) {
        if (services.outage().map(DatabaseOutage::isOpen).orElse(false)) {
            services.outage().get().unaudited();
            return;
        }
        try {
            services.auditWriter().orElseThrow(() -> new IllegalStateException("audit writer unavailable")).record(record);
        } catch (RuntimeException e) {
            services.outage().ifPresent(outage -> outage.observed(e));
            // Nothing changed with this request; losing the record of the attempt must at least be loud.
            LOG.error("AUDIT WRITE FAILED for {} by {}: {}", record.action(), record.actor(), e.toString());
        }
    }
}
