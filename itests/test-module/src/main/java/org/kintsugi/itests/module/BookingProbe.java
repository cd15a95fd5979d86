package org.kintsugi.itests.module;

import java.time.Instant;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.core.spi.venues.VenueBooking;
import org.kintsugi.core.spi.venues.VenueBookings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/modules/it-echo/bookings}: books and releases venues through the core's SPI, as a meeting would. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + EchoService.ID)
@Path("bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingProbe implements ApiResource {
    private final VenueBookings bookings;

    @Activate
    public BookingProbe(@Reference VenueBookings bookings) {
        this.bookings = bookings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> book(Map<String, String> body, @Context SecurityContext security) {
        VenueBooking booking = bookings.book(Caller.of(security), body.get("caseId"), body.get("venueId"),
                body.get("start") == null ? null : Instant.parse(body.get("start")),
                body.get("end") == null ? null : Instant.parse(body.get("end")), EchoService.ID, body.get("recordId"));
        return Map.of("id", booking.id(), "venueName", booking.venueName(), "start", booking.start().toString(),
                "end", booking.end().toString());
    }

    @DELETE
    @Path("{id}")
    public void release(@PathParam("id") String id) {
        bookings.release(id, "test: the meeting was cancelled");
    }
}
