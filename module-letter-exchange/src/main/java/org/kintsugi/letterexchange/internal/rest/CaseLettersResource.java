package org.kintsugi.letterexchange.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.letterexchange.internal.LetterExchange;
import org.kintsugi.letterexchange.internal.letters.LetterLists;
import org.kintsugi.letterexchange.internal.letters.LetterWriting;
import org.kintsugi.letterexchange.internal.letters.ReceiveChoices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code /api/modules/letter-exchange/cases/{caseId}/...}: a case's items, new items, and the person
 * harmed's choice to receive letters and replies.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + LetterExchange.ID)
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseLettersResource implements ApiResource {
    private final LetterWriting writing;
    private final LetterLists lists;
    private final ReceiveChoices choices;

    @Activate
    public CaseLettersResource(@Reference LetterWriting writing, @Reference LetterLists lists,
            @Reference ReceiveChoices choices) {
        this.writing = writing;
        this.lists = lists;
        this.choices = choices;
    }

    @GET
    @Path("{caseId}/items")
    @Operation(summary = "A case's letters and questions, without their texts; list narrows them (ItemList)")
    public List<LetterViews.Summary> items(@PathParam("caseId") String caseId,
            @QueryParam("list") @DefaultValue("ALL") String list, @Context SecurityContext security) {
        return lists.forCase(Caller.of(security), caseId, ListParams.list(list));
    }

    @POST
    @Path("{caseId}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a letter or questions on behalf of the person harmed or the person responsible")
    public Response create(@PathParam("caseId") String caseId, LetterRequests.NewItem body,
            @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(writing.create(Caller.of(security), caseId, body)).build();
    }

    @GET
    @Path("{caseId}/preferences")
    @Operation(summary = "Whether a person harmed (the first, unless participantId names another) has chosen to "
            + "receive letters, and replies")
    public ReceiveChoices.View preferences(@PathParam("caseId") String caseId,
            @QueryParam("participantId") String participantId, @Context SecurityContext security) {
        return choices.get(Caller.of(security), caseId, participantId);
    }

    @PUT
    @Path("{caseId}/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a person harmed's choice (the first, unless participantId names another); "
            + "undelivered items wait while it is no")
    public ReceiveChoices.View choose(@PathParam("caseId") String caseId,
            @QueryParam("participantId") String participantId, LetterRequests.Preference body,
            @Context SecurityContext security) {
        return choices.set(Caller.of(security), caseId, participantId, body);
    }
}
