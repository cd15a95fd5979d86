package org.kintsugi.itests.module;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/modules/it-echo/holds}: what the test module was told; {@code fail-next} arms one failure. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + EchoService.ID)
@Path("holds")
@Produces(MediaType.APPLICATION_JSON)
public class HoldsResource implements ApiResource {
    private final HoldRecorder recorder;

    @Activate
    public HoldsResource(@Reference HoldRecorder recorder) {
        this.recorder = recorder;
    }

    @GET
    public List<String> seen() {
        return recorder.seen();
    }

    @POST
    @Path("fail-next")
    public Response failNext() {
        recorder.failNext();
        return Response.noContent().build();
    }
}
