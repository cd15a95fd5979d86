package org.kintsugi.core.internal.referral;

import java.time.Instant;
import java.util.EnumSet;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
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

/** {@code /api/regions/{code}/policy}: which referrals a region refuses, read by all, set by its administrators. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("regions/{code}/policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionPolicyResource implements ApiResource {
    private final JpaTemplate jpa;

    @Activate
    public RegionPolicyResource(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @GET
    public ReferralRequests.Policy get(@PathParam("code") String code, @Context SecurityContext security) {
        Caller.of(security);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(Region.class, code) == null) {
                throw ProblemException.notFound();
            }
            RegionPolicy policy = em.find(RegionPolicy.class, code);
            ReferralRequests.Policy view = new ReferralRequests.Policy();
            view.refuseResponsibleLedFor = policy == null ? EnumSet.noneOf(ReferralTerms.OffenceCategory.class)
                    : policy.refusesResponsibleLedFor();
            return view;
        });
    }

    @PUT
    public ReferralRequests.Policy set(@PathParam("code") String code, ReferralRequests.Policy body,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        if (!caller.hasRole(Role.NATIONAL_ADMIN) && !(caller.hasRole(Role.HUB_ADMIN) && caller.regions().contains(code))) {
            throw ProblemException.forbidden("Only a national administrator or this region's hub administrator sets its policy.");
        }
        if (body == null || body.refuseResponsibleLedFor == null) {
            throw ProblemException.invalid(new FieldProblem("refuseResponsibleLedFor", "is required (an empty list refuses nothing)", "list-required"));
        }
        jpa.tx(TransactionType.Required, em -> {
            if (em.find(Region.class, code) == null) {
                throw ProblemException.notFound();
            }
            RegionPolicy policy = em.find(RegionPolicy.class, code);
            if (policy == null) {
                policy = new RegionPolicy(code);
                em.persist(policy);
            }
            policy.refuseResponsibleLedFor(body.refuseResponsibleLedFor, caller.getName(), Instant.now());
        });
        return get(code, security);
    }
}
