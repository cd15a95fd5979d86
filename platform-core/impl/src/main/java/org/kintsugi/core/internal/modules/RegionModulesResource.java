package org.kintsugi.core.internal.modules;

import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.people.Region;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code PUT /api/regions/{code}/modules/{module}} with {@code {"enabled": true|false}}: a national
 * administrator, or the region's hub administrator, turns a module on or off for that region.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("regions/{code}/modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionModulesResource implements ApiResource {
    private final ModuleRegistry registry;
    private final ModuleEnablement enablement;
    private final JpaTemplate jpa;

    @Activate
    public RegionModulesResource(@Reference ModuleRegistry registry, @Reference ModuleEnablement enablement,
            @Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.registry = registry;
        this.enablement = enablement;
        this.jpa = jpa;
    }

    @PUT
    @Path("{module}")
    public Response set(@PathParam("code") String code, @PathParam("module") String module, Toggle body,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        if (!caller.hasRole(Role.NATIONAL_ADMIN)
                && !(caller.hasRole(Role.HUB_ADMIN) && caller.regions().contains(code))) {
            throw ProblemException.forbidden("Only a national administrator or this region's hub administrator can do this.");
        }
        if (body == null || body.enabled == null) {
            throw ProblemException.invalid(new FieldProblem("enabled", "is required: true or false", "yes-or-no"));
        }
        boolean regionExists = jpa.txExpr(TransactionType.Required, em -> em.find(Region.class, code) != null);
        if (!regionExists || registry.find(module).isEmpty()) {
            throw ProblemException.notFound();
        }
        enablement.set(module, code, body.enabled, caller.getName());
        return Response.noContent().build();
    }

    /** The request body. */
    public static final class Toggle {
        public Boolean enabled;
    }
}
