package org.kintsugi.core.internal.venues;

import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/regions/{code}/venues}: the register of one region. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("regions/{code}/venues")
@Produces(MediaType.APPLICATION_JSON)
public class RegionVenuesResource implements ApiResource {
    private static final int MAX_DAYS_AHEAD = 366;

    private final VenueRegister register;

    @Activate
    public RegionVenuesResource(@Reference VenueRegister register) {
        this.register = register;
    }

    /**
     * By name; {@code expiringWithinDays} keeps those whose check runs out that soon (or was never done);
     * {@code freeFrom} and {@code freeTo} (instants) keep those a meeting at that time could book.
     */
    @GET
    public List<VenueView> list(@PathParam("code") String code, @QueryParam("expiringWithinDays") Integer days,
            @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired,
            @QueryParam("freeFrom") String freeFrom, @QueryParam("freeTo") String freeTo, @Context SecurityContext security) {
        if (days != null && (days < 0 || days > MAX_DAYS_AHEAD)) {
            throw ProblemException.invalid(FieldProblem.between("expiringWithinDays", 0, MAX_DAYS_AHEAD));
        }
        if (freeFrom != null || freeTo != null) {
            Instant start = instant("freeFrom", freeFrom);
            Instant end = instant("freeTo", freeTo);
            if (!end.isAfter(start)) {
                throw ProblemException.invalid(new FieldProblem("freeTo", "must be after freeFrom", "end-after-start"));
            }
            return register.freeFor(Caller.of(security), code, start, end);
        }
        return register.list(Caller.of(security), code, days, includeRetired);
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            throw ProblemException.invalid(new FieldProblem(name, "must be an instant such as 2026-12-20T10:00:00Z", "instant"));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("code") String code, VenueRequests.Description body, @Context SecurityContext security) {
        VenueView created = register.create(Caller.of(security), code, body);
        return Response.status(201).entity(created).header(HttpHeaders.ETAG, created.etag()).build();
    }
}
