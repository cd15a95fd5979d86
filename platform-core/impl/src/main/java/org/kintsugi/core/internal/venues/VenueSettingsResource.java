package org.kintsugi.core.internal.venues;

import java.time.Instant;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/regions/{code}/venue-settings}: how many months a venue's safety check counts in the region. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("regions/{code}/venue-settings")
@Produces(MediaType.APPLICATION_JSON)
public class VenueSettingsResource implements ApiResource {
    private final JpaTemplate jpa;

    @Activate
    public VenueSettingsResource(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @GET
    public VenueRequests.Settings settings(@PathParam("code") String code, @Context SecurityContext security) {
        VenueScope.requireSees(Caller.of(security), code);
        VenueRequests.Settings view = new VenueRequests.Settings();
        view.checkValidMonths = jpa.txExpr(TransactionType.Required, em -> {
            VenueRegister.requireRegion(em, code);
            return VenueSettings.monthsIn(em, code);
        });
        return view;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public VenueRequests.Settings set(@PathParam("code") String code, VenueRequests.Settings body,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        VenueScope.requireSetsPolicy(caller, code);
        Integer months = body == null ? null : body.checkValidMonths;
        if (months == null || months < VenueRules.MIN_MONTHS || months > VenueRules.MAX_MONTHS) {
            throw ProblemException.invalid(FieldProblem.between("checkValidMonths", VenueRules.MIN_MONTHS, VenueRules.MAX_MONTHS));
        }
        jpa.tx(TransactionType.Required, em -> {
            VenueRegister.requireRegion(em, code);
            VenueSettings settings = em.find(VenueSettings.class, code);
            if (settings == null) {
                settings = new VenueSettings(code);
                settings.change(months, caller.getName(), Instant.now());
                em.persist(settings);
            } else {
                settings.change(months, caller.getName(), Instant.now());
            }
        });
        return settings(code, security);
    }
}
