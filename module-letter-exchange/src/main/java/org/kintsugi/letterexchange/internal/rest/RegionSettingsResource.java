package org.kintsugi.letterexchange.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.letterexchange.internal.LetterExchange;
import org.kintsugi.letterexchange.internal.letters.RegionReviewSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;

/** {@code /api/modules/letter-exchange/regions/{code}/settings}: the days a region allows for a review. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + LetterExchange.ID)
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionSettingsResource implements ApiResource {
    private final RegionReviewSettings settings;

    @Activate
    public RegionSettingsResource(@Reference RegionReviewSettings settings) {
        this.settings = settings;
    }

    @GET
    @Path("{code}/settings")
    public RegionReviewSettings.View get(@PathParam("code") String code, @Context SecurityContext security) {
        return settings.get(Caller.of(security), code);
    }

    @PUT
    @Path("{code}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set how many days a submitted item may wait for review (1 to 60)")
    public RegionReviewSettings.View set(@PathParam("code") String code, LetterRequests.Settings body,
            @Context SecurityContext security) {
        return settings.set(Caller.of(security), code, body);
    }
}
