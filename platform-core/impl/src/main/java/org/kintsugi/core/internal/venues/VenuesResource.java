package org.kintsugi.core.internal.venues;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.internal.rest.Preconditions;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/venues/{id}}: one venue; described anew (If-Match), checked, retired; its bookings for hub staff. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("venues")
@Produces(MediaType.APPLICATION_JSON)
public class VenuesResource implements ApiResource {
    private final VenueRegister register;
    private final JpaTemplate jpa;

    @Activate
    public VenuesResource(@Reference VenueRegister register, @Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.register = register;
        this.jpa = jpa;
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        return withEtag(register.get(Caller.of(security), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            VenueRequests.Description body, @Context SecurityContext security) {
        return withEtag(register.update(Caller.of(security), id, Preconditions.versionFrom(ifMatch), body));
    }

    @POST
    @Path("{id}/safety-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(@PathParam("id") String id, VenueRequests.SafetyCheck body, @Context SecurityContext security) {
        return withEtag(register.recordCheck(Caller.of(security), id, body));
    }

    @POST
    @Path("{id}/retire")
    public Response retire(@PathParam("id") String id, @Context SecurityContext security) {
        return withEtag(register.retire(Caller.of(security), id));
    }

    /** Its bookings still standing, soonest first: when the room is taken, for which case. */
    @GET
    @Path("{id}/bookings")
    public List<BookingView> bookings(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return jpa.txExpr(TransactionType.Required, em -> {
            Venue venue = VenueRegister.find(em, caller, id, javax.persistence.LockModeType.NONE);
            VenueScope.requireManages(caller, venue.getRegionCode());
            return em.createQuery("select b from VenueBookingRow b where b.venueId = :venue and b.releasedAt is null "
                    + "and b.endsAt > :now order by b.startsAt, b.id", VenueBookingRow.class).setParameter("venue", id)
                    .setParameter("now", Instant.now()).getResultList().stream().map(BookingView::new)
                    .collect(Collectors.toList());
        });
    }

    private static Response withEtag(VenueView view) {
        return Response.ok(view).header(HttpHeaders.ETAG, view.etag()).build();
    }

    public static final class BookingView {
        public final String id;
        public final String caseId;
        public final String module;
        public final Instant start;
        public final Instant end;

        BookingView(VenueBookingRow b) {
            this.id = b.getId();
            this.caseId = b.getCaseId();
            this.module = b.getModuleId();
            this.start = b.getStartsAt();
            this.end = b.getEndsAt();
        }
    }
}
