package org.kintsugi.itests.module;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Component;

/** {@code GET /api/modules/it-echo/echo}: says who called, through the core's pipeline. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + EchoService.ID)
@Path("echo")
public class EchoResource implements ApiResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> echo(@Context SecurityContext security) {
        return Map.of("module", EchoService.ID, "caller", Caller.of(security).getName());
    }
}
