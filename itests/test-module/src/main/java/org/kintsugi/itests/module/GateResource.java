package org.kintsugi.itests.module;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.kintsugi.core.spi.cases.ContactGate;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.cases.ContactVerdict;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/modules/it-echo/gate/{caseId}/{kind}}: asks the core's contact gate as a real module would. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + EchoService.ID)
@Path("gate")
@Produces(MediaType.APPLICATION_JSON)
public class GateResource implements ApiResource {
    private final ContactGate gate;
    private final DeliveryBarrier barrier;

    @Activate
    public GateResource(@Reference ContactGate gate, @Reference DeliveryBarrier barrier) {
        this.gate = gate;
        this.barrier = barrier;
    }

    /**
     * Delivers as a module would: asks the gate inside the request's transaction and, when allowed,
     * does its (here: held) work before the transaction commits. Answers the rules that refused it.
     */
    @POST
    @Path("{caseId}/{kind}/deliver")
    public List<String> deliver(@PathParam("caseId") String caseId, @PathParam("kind") String kind)
            throws InterruptedException {
        ContactVerdict verdict = gate.check(caseId, ContactKind.valueOf(kind));
        if (verdict.allowed()) {
            barrier.holdUntilReleased();
        }
        return verdict.refusals().stream().map(r -> r.rule()).collect(Collectors.toList());
    }

    @GET
    @Path("holding")
    public boolean holding() {
        return barrier.holding();
    }

    @POST
    @Path("release")
    public Response release() {
        barrier.release();
        return Response.noContent().build();
    }

    /** The rules that stop this contact now; empty when it may happen. */
    @GET
    @Path("{caseId}/{kind}")
    public List<String> refusals(@PathParam("caseId") String caseId, @PathParam("kind") String kind) {
        ContactVerdict verdict = gate.check(caseId, ContactKind.valueOf(kind));
        return verdict.refusals().stream().map(r -> r.rule()).collect(Collectors.toList());
    }
}
