package org.kintsugi.core.internal.rest.server;

import java.util.List;
import java.util.Optional;

import javax.transaction.TransactionManager;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import org.kintsugi.core.internal.audit.AuditWriter;
import org.kintsugi.core.internal.commit.GroupCommit;
import org.kintsugi.core.internal.db.DatabaseOutage;
import org.kintsugi.core.internal.modules.ModuleEnablement;
import org.kintsugi.core.internal.rest.JsonMapper;
import org.kintsugi.core.internal.rest.pipeline.ApiServices;
import org.kintsugi.core.internal.rest.pipeline.AuditFilter;
import org.kintsugi.core.internal.rest.pipeline.AuthenticationFilter;
import org.kintsugi.core.internal.rest.pipeline.StorableParametersFilter;
import org.kintsugi.core.internal.rest.pipeline.TransactionFilter;
import org.kintsugi.core.internal.rest.problem.JsonInputExceptionMapper;
import org.kintsugi.core.internal.rest.problem.ProblemExceptionMapper;
import org.kintsugi.core.internal.rest.problem.UnexpectedExceptionMapper;
import org.kintsugi.core.internal.rest.problem.WebApplicationExceptionMapper;
import org.kintsugi.core.internal.security.ClientAddresses;
import org.kintsugi.core.internal.security.SessionAuthenticator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.coordinator.Coordinator;

/**
 * The shared request pipeline, defined once: every server the {@link ApiPublisher} creates, the
 * core's and each module's, gets exactly these providers. A module cannot leave one out.
 */
@Component(service = ApiPipeline.class)
public class ApiPipeline implements ApiServices {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SessionAuthenticator authenticator;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditWriter auditWriter;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile GroupCommit groupCommit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ModuleEnablement enablement;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TransactionManager transactions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Coordinator coordinator;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DatabaseOutage outage;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ClientAddresses clientAddresses;

    /** Fresh instances per server: CXF injects per-server context proxies into each provider. */
    public List<Object> newProviders(String module) {
        return List.of(
                new JacksonJsonProvider(JsonMapper.forApi()),
                new TransactionFilter(this),
                new AuthenticationFilter(this, module),
                new StorableParametersFilter(),
                new AuditFilter(this, module),
                new ProblemExceptionMapper(),
                new WebApplicationExceptionMapper(),
                new JsonInputExceptionMapper(),
                new UnexpectedExceptionMapper(failure -> outage().ifPresent(o -> o.observed(failure))));
    }

    @Override
    public Optional<SessionAuthenticator> authenticator() {
        return Optional.ofNullable(authenticator);
    }

    @Override
    public Optional<AuditWriter> auditWriter() {
        return Optional.ofNullable(auditWriter);
    }

    @Override
    public Optional<GroupCommit> groupCommit() {
        return Optional.ofNullable(groupCommit);
    }

    @Override
    public Optional<ModuleEnablement> enablement() {
        return Optional.ofNullable(enablement);
    }

    @Override
    public Optional<TransactionManager> transactions() {
        return Optional.ofNullable(transactions);
    }

    @Override
    public Optional<Coordinator> coordinator() {
        return Optional.ofNullable(coordinator);
    }

    @Override
    public Optional<DatabaseOutage> outage() {
        return Optional.ofNullable(outage);
    }

    @Override
    public Optional<ClientAddresses> clientAddresses() {
        return Optional.ofNullable(clientAddresses);
    }
}
