package org.kintsugi.core.internal.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/regions/{code}/holidays}: the bank holidays a region observes, read by all, set by its administrators. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("regions/{code}/holidays")
@Produces(MediaType.APPLICATION_JSON)
public class RegionHolidaysResource implements ApiResource {
    private final JpaTemplate jpa;

    @Activate
    public RegionHolidaysResource(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @GET
    public Calendar get(@PathParam("code") String code, @Context SecurityContext security) {
        Caller.of(security);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(Region.class, code) == null) {
                throw ProblemException.notFound();
            }
            Calendar calendar = new Calendar();
            calendar.days = new ArrayList<>(RegionHolidays.all(em, code));
            return calendar;
        });
    }

    /** Replaces the calendar. Due dates already set keep their date; new ones count the new calendar. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Calendar set(@PathParam("code") String code, Calendar body, @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        if (!caller.hasRole(Role.NATIONAL_ADMIN) && !(caller.hasRole(Role.HUB_ADMIN) && caller.regions().contains(code))) {
            throw ProblemException.forbidden("Only a national administrator or this region's hub administrator sets its holidays.");
        }
        jpa.tx(TransactionType.Required, em -> {
            if (em.find(Region.class, code) == null) {
                throw ProblemException.notFound();
            }
            RegionHolidays.replace(em, code, body == null ? null : body.days);
        });
        return get(code, security);
    }

    public static final class Calendar {
        public List<LocalDate> days;
    }
}
