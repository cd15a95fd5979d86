package org.kintsugi.core.internal.cases;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseHoldChange;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/cases}: the caller's caseload and case pages. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource implements ApiResource {
    private static final int MAX_PAGE = 200;

    private final CaseService cases;
    private final CaseHolds holds;
    private final Caseload caseload;

    @Activate
    public CaseResource(@Reference CaseService cases, @Reference CaseHolds holds, @Reference Caseload caseload) {
        this.cases = cases;
        this.holds = holds;
        this.caseload = caseload;
    }

    @POST
    @Path("{id}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseViews.Detail pause(@PathParam("id") String id, HoldRequest body, @Context SecurityContext security) {
        return holds.change(Caller.of(security), id, CaseHoldChange.Kind.PAUSED, body);
    }

    @POST
    @Path("{id}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseViews.Detail resume(@PathParam("id") String id, HoldRequest body, @Context SecurityContext security) {
        return holds.change(Caller.of(security), id, CaseHoldChange.Kind.RESUMED, body);
    }

    /** Recorded on behalf of a participant ({@code onBehalfOf}), with a reason and what the other party may be told. */
    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseViews.Detail withdraw(@PathParam("id") String id, HoldRequest body, @Context SecurityContext security) {
        return holds.change(Caller.of(security), id, CaseHoldChange.Kind.WITHDRAWN, body);
    }

    /** A practitioner stops the process for someone's safety. */
    @POST
    @Path("{id}/halt")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseViews.Detail halt(@PathParam("id") String id, HoldRequest body, @Context SecurityContext security) {
        return holds.change(Caller.of(security), id, CaseHoldChange.Kind.HALTED, body);
    }

    /**
     * The caller's cases, newest first unless {@code sort} says otherwise (OLDEST, or DUE: earliest
     * open task first), narrowed by {@code stage}, {@code hold}, {@code region} and {@code reference} (a case
     * reference or its beginning, in any case). The number of
     * matching cases in all is in {@code X-Total-Count}.
     */
    @GET
    @Operation(summary = "The caller's caseload", responses = @ApiResponse(responseCode = "200",
            description = "One page of cases", headers = @Header(name = "X-Total-Count",
                    description = "How many cases match in all", schema = @Schema(type = "integer")),
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = CaseViews.Summary.class)))))
    public Response caseload(@QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("stage") String stage,
            @QueryParam("hold") String hold, @QueryParam("region") String region, @QueryParam("sort") String sort,
            @QueryParam("reference") String reference, @Context SecurityContext security) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.invalid(FieldProblem.between("limit", 1, MAX_PAGE));
        }
        if (offset < 0) {
            throw ProblemException.invalid(FieldProblem.notNegative("offset"));
        }
        Caseload.Page page = caseload.list(Caller.of(security), Caseload.Filter.parse(stage, hold, region, sort, reference), limit, offset);
        return Response.ok(page.items).header("X-Total-Count", page.total).build();
    }

    @GET
    @Path("{id}")
    public CaseViews.Detail get(@PathParam("id") String id, @Context SecurityContext security) {
        return cases.get(Caller.of(security), id);
    }
}
