package org.kintsugi.core.internal.people;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.core.internal.rest.ApiPaths;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/organisations}: partner organisations. Each is visible to users of the regions it works
 * in; national administrators add them anywhere, hub administrators in their own regions.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource implements ApiResource {
    private final JpaTemplate jpa;

    @Activate
    public OrganisationResource(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @GET
    public List<PeopleViews.OrganisationView> list(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select o from Organisation o order by o.name, o.id", Organisation.class).getResultList().stream()
                .filter(org -> visible(caller, org)).map(PeopleViews.OrganisationView::new).collect(Collectors.toList()));
    }

    @GET
    @Path("{id}")
    public PeopleViews.OrganisationView get(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        Organisation org = jpa.txExpr(TransactionType.Required, em -> em.find(Organisation.class, id));
        if (org == null || !visible(caller, org)) {
            throw ProblemException.notFound();
        }
        return new PeopleViews.OrganisationView(org);
    }

    @POST
    public Response create(NewOrganisation body, @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        if (!caller.hasAnyRole(Role.NATIONAL_ADMIN, Role.HUB_ADMIN)) {
            throw ProblemException.forbidden("Only national and hub administrators add partner organisations.");
        }
        Organisation created = jpa.txExpr(TransactionType.Required, em -> {
            Set<String> known = new HashSet<>(em.createQuery("select r.code from Region r", String.class).getResultList());
            validate(body, known);
            if (!caller.hasRole(Role.NATIONAL_ADMIN) && !caller.regions().containsAll(body.regions)) {
                throw ProblemException.forbidden("A hub administrator adds organisations only in their own regions.");
            }
            Organisation org = new Organisation(UUID.randomUUID().toString(), body.name.trim(), body.sector, body.kind,
                    body.regions, Instant.now());
            em.persist(org);
            return org;
        });
        return ApiPaths.created("organisations/" + created.getId()).entity(new PeopleViews.OrganisationView(created)).build();
    }

    static boolean visible(Caller caller, Organisation org) {
        return caller.hasRole(Role.NATIONAL_ADMIN) || org.getRegions().stream().anyMatch(caller.regions()::contains);
    }

    private static void validate(NewOrganisation body, Set<String> knownRegions) {
        UserValidation check = UserValidation.check();
        if (body == null || body.name == null || body.name.isBlank() || body.name.length() > 200) {
            check.add(FieldProblem.requiredAtMost("name", 200));
        }
        if (body == null || body.sector == null) {
            check.add(new FieldProblem("sector", "is required: STATUTORY, NON_STATUTORY or VOLUNTARY", "organisation-sector"));
        }
        if (body == null || body.kind == null) {
            check.add(FieldProblem.required("kind"));
        }
        if (body == null || body.regions == null || body.regions.isEmpty()) {
            check.add(new FieldProblem("regions", "at least one region is required", "region-required"));
        } else {
            body.regions.stream().filter(code -> !knownRegions.contains(code)).sorted().findFirst()
                    .ifPresent(code -> check.add(UserValidation.unknownRegion("regions", code)));
        }
        check.orThrow();
    }

    /** The request body. */
    public static final class NewOrganisation {
        public String name;
        public Organisation.Sector sector;
        public Organisation.Kind kind;
        public Set<String> regions;
    }
}
