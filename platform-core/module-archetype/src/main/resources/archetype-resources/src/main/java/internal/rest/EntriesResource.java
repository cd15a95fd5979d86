package ${package}.internal.rest;

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

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import ${package}.api.EntryView;
import ${package}.internal.${serviceClass};
import ${package}.internal.entries.EntryLists;
import ${package}.internal.entries.EntryWriting;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/modules/${moduleId}/cases/{caseId}/entries}: a case's entries. The core's pipeline has already
 * authenticated the caller, checked the module is on for them, and opened the transaction it audits and commits;
 * problems answer as problem+json.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ${serviceClass}.ID)
@Path("cases/{caseId}/entries")
@Produces(MediaType.APPLICATION_JSON)
public class EntriesResource implements ApiResource {
    static final int MAX_PAGE = 200;

    private final EntryWriting writing;
    private final EntryLists lists;

    @Activate
    public EntriesResource(@Reference EntryWriting writing, @Reference EntryLists lists) {
        this.writing = writing;
        this.lists = lists;
    }

    @GET
    @Operation(summary = "A case's entries, newest first (X-Total-Count: how many in all)")
    public Response list(@PathParam("caseId") String caseId, @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset, @Context SecurityContext security) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.invalid(FieldProblem.between("limit", 1, MAX_PAGE));
        }
        if (offset < 0) {
            throw ProblemException.invalid(FieldProblem.notNegative("offset"));
        }
        EntryLists.Page page = lists.forCase(Caller.of(security), caseId, limit, offset);
        return Response.ok(page.items).header("X-Total-Count", page.total).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write an entry on the case; its body is stored sealed")
    public Response create(@PathParam("caseId") String caseId, EntryRequests.NewEntry body,
            @Context SecurityContext security) {
        EntryView created = writing.create(Caller.of(security), caseId, body == null ? null : body.body);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{entryId}/share")
    @Operation(summary = "Share the entry with the other party, if the contact gate allows indirect contact now")
    public EntryView share(@PathParam("caseId") String caseId, @PathParam("entryId") String entryId,
            @Context SecurityContext security) {
        return writing.share(Caller.of(security), caseId, entryId);
    }

    @POST
    @Path("{entryId}/release")
    @Operation(summary = "Release an entry held when the case was paused, withdrawn, halted or closed")
    public EntryView release(@PathParam("caseId") String caseId, @PathParam("entryId") String entryId,
            @Context SecurityContext security) {
        return writing.release(Caller.of(security), caseId, entryId);
    }
}
