package org.kintsugi.core.internal.rest.pipeline;

import java.util.Optional;

import javax.transaction.TransactionManager;

import org.kintsugi.core.internal.audit.AuditWriter;
import org.kintsugi.core.internal.commit.GroupCommit;
import org.kintsugi.core.internal.db.DatabaseOutage;
import org.kintsugi.core.internal.modules.ModuleEnablement;
import org.kintsugi.core.internal.security.ClientAddresses;
import org.kintsugi.core.internal.security.SessionAuthenticator;
import org.osgi.service.coordinator.Coordinator;

/**
 * The database-backed services the pipeline needs. They come and go with the database schema,
 * so the pipeline asks for them per request instead of holding them: the API (and its health
 * endpoint) stays up, answering 503, while they are missing.
 */
public interface ApiServices {
    Optional<SessionAuthenticator> authenticator();

    Optional<AuditWriter> auditWriter();

    Optional<GroupCommit> groupCommit();

    Optional<ModuleEnablement> enablement();

    Optional<TransactionManager> transactions();

    Optional<Coordinator> coordinator();

    Optional<DatabaseOutage> outage();

    Optional<ClientAddresses> clientAddresses();
}
