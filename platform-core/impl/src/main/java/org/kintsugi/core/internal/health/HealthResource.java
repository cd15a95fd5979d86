package org.kintsugi.core.internal.health;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.kintsugi.core.internal.commit.GroupCommit;
import org.kintsugi.core.internal.db.BundleSchemas;
import org.kintsugi.core.internal.rest.server.ApiPublisher;
import org.kintsugi.core.spi.module.RestorativeService;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * {@code GET /api/health}, public so load balancers and monitors can use it: 200 when the database
 * answers, the core schema is current and every core endpoint is published; 503 otherwise. It names no host, user or personal data.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("health")
public class HealthResource implements ApiResource {
    @Reference
    private DatabaseProbe probe;

    @Reference
    private BundleSchemas schemas;

    @Reference
    private ServiceComponentRuntime components;

    /** Missing when it refused to start (a pool too small for it): then referrals cannot be taken, so not UP. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile GroupCommit groupCommit;

    /** Optional and dynamic: the publisher holds every endpoint, this one included, so a static link would be a cycle. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ApiPublisher publisher;

    private BundleContext context;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<RestorativeService> modules = new CopyOnWriteArrayList<>();

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        DatabaseState database = probe.check();
        BundleSchemas.State schemaState = schemas.coreState();
        ApiPublisher published = publisher;
        long starting = published == null || groupCommit == null ? 1 : CoreEndpoints.missing(components, context, published);
        boolean up = database.up() && schemaState == BundleSchemas.State.READY && starting == 0;
        List<HealthReport.ModuleState> installed = modules.stream()
                .map(m -> new HealthReport.ModuleState(m.id(), m.displayName(), "ACTIVE"))
                .sorted(Comparator.comparing(m -> m.id)).collect(Collectors.toList());
        HealthReport report = new HealthReport(up ? "UP" : "DOWN", database, schemaState.name(),
                starting == 0 ? "READY" : "STARTING", installed);
        return Response.status(up ? 200 : 503).entity(report).build();
    }
}
