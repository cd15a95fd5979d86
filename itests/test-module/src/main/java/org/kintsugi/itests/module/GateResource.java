package org.kintsugi.itests.module;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

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

    @Activate
    public GateResource(@Reference ContactGate gate) {
        this.gate = gate;
    }

    /** The rules that stop this contact now; empty when it may happen. */
    @GET
    @Path("{caseId}/{kind}")
    public List<String> refusals(@PathParam("caseId") String caseId, @PathParam("kind") String kind) {
        ContactVerdict verdict = gate.check(caseId, ContactKind.valueOf(kind));
        return verdict.refusals().stream().map(r -> r.rule()).collect(Collectors.toList());
    }
}
