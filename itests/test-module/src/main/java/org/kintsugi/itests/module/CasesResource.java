package org.kintsugi.itests.module;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseAccess;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/modules/it-echo/cases/{caseId}}: a case as the core lets a module see it for this caller. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + EchoService.ID)
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource implements ApiResource {
    private final CaseAccess cases;

    @Activate
    public CasesResource(@Reference CaseAccess cases) {
        this.cases = cases;
    }

    @GET
    @Path("{caseId}")
    public Map<String, Object> snapshot(@PathParam("caseId") String caseId, @Context SecurityContext security) {
        CaseSnapshot snapshot = cases.visible(Caller.of(security), caseId).orElseThrow(NotFoundException::new);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("region", snapshot.region());
        view.put("stage", snapshot.stage());
        view.put("hold", snapshot.hold());
        view.put("callerPractises", snapshot.callerPractises());
        view.put("roles", snapshot.parties().stream().map(p -> p.role().name()).collect(Collectors.toList()));
        return view;
    }
}
