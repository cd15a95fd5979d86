package org.kintsugi.core.internal.people;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.core.internal.rest.ApiPaths;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/regions}: the regional hubs. Anyone signed in lists them; national administrators add them. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource implements ApiResource {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private final JpaTemplate jpa;

    @Activate
    public RegionResource(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @GET
    public List<PeopleViews.RegionView> list(@Context SecurityContext security) {
        Caller.of(security);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select r from Region r order by r.name, r.code",
                Region.class).getResultList().stream().map(PeopleViews.RegionView::new).toList());
    }

    @POST
    public Response create(PeopleRequests.NewRegion body, @Context SecurityContext security) {
        if (!Caller.of(security).hasRole(Role.NATIONAL_ADMIN)) {
            throw ProblemException.forbidden("Only a national administrator adds regions.");
        }
        UserValidation check = UserValidation.check();
        if (body == null || body.code == null || !CODE.matcher(body.code).matches()) {
            check.add(new FieldProblem("code", "must be 2 to 40 characters: lower-case letters, digits and '-'", "region-code-format"));
        }
        if (body == null || body.name == null || body.name.isBlank() || body.name.length() > 200) {
            check.add(FieldProblem.requiredAtMost("name", 200));
        }
        check.orThrow();
        Region region = jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(Region.class, body.code) != null) {
                throw ProblemException.conflict("region-exists", "A region with code '" + body.code + "' exists already.");
            }
            Region created = new Region(body.code, body.name.trim(), Instant.now());
            em.persist(created);
            return created;
        });
        return ApiPaths.created("regions/" + region.getCode()).entity(new PeopleViews.RegionView(region)).build();
    }
}
