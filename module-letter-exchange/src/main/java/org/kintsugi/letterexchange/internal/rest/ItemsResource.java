package org.kintsugi.letterexchange.internal.rest;

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
import org.kintsugi.letterexchange.internal.letters.LetterDelivery;
import org.kintsugi.letterexchange.internal.letters.LetterLists;
import org.kintsugi.letterexchange.internal.letters.LetterReview;
import org.kintsugi.letterexchange.internal.letters.LetterWriting;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code /api/modules/letter-exchange/items/...}: the working lists, one item, and each step of its path.
 * Every step answers the item as it now is, or a problem naming the rule that stops it.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + LetterExchange.ID)
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemsResource implements ApiResource {
    private final LetterLists lists;
    private final LetterWriting writing;
    private final LetterReview review;
    private final LetterDelivery delivery;

    @Activate
    public ItemsResource(@Reference LetterLists lists, @Reference LetterWriting writing, @Reference LetterReview review,
            @Reference LetterDelivery delivery) {
        this.lists = lists;
        this.writing = writing;
        this.review = review;
        this.delivery = delivery;
    }

    @GET
    @Operation(summary = "A working list across the caller's cases (X-Total-Count: how many in all)")
    public Response list(@QueryParam("list") @DefaultValue("AWAITING_REVIEW") String list,
            @QueryParam("facilitator") String facilitator, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context SecurityContext security) {
        ListParams.page(offset, limit);
        LetterLists.Page page = lists.across(Caller.of(security), ListParams.list(list), facilitator, offset, limit);
        return Response.ok(page.items).header("X-Total-Count", page.total).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One item; its texts and flags only for practitioners who work on the case")
    public LetterViews.Detail get(@PathParam("id") String id, @Context SecurityContext security) {
        return lists.item(Caller.of(security), id);
    }

    @GET
    @Path("{id}/recipient-view")
    @Operation(summary = "Exactly what the recipient is shown: the approved text")
    public LetterViews.RecipientView recipientView(@PathParam("id") String id, @Context SecurityContext security) {
        return lists.recipientView(Caller.of(security), id);
    }

    @PUT
    @Path("{id}/text")
    @Operation(summary = "A new text from the writer: kept as a new version, and reviewed again")
    public LetterViews.Detail edit(@PathParam("id") String id, LetterRequests.NewText body, @Context SecurityContext security) {
        return writing.edit(Caller.of(security), id, body);
    }

    @POST
    @Path("{id}/submit")
    public LetterViews.Detail submit(@PathParam("id") String id, @Context SecurityContext security) {
        return writing.submit(Caller.of(security), id);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve, with passages redacted; flagged contact details need redacting or confirming")
    public LetterViews.Detail approve(@PathParam("id") String id, LetterRequests.Approval body,
            @Context SecurityContext security) {
        return review.approve(Caller.of(security), id, body);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return for changes, with comments")
    public LetterViews.Detail returnForChanges(@PathParam("id") String id, LetterRequests.Note body,
            @Context SecurityContext security) {
        return review.returnForChanges(Caller.of(security), id, body);
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline to pass it on, with reasons")
    public LetterViews.Detail decline(@PathParam("id") String id, LetterRequests.Note body,
            @Context SecurityContext security) {
        return review.decline(Caller.of(security), id, body);
    }

    @POST
    @Path("{id}/consent")
    @Operation(summary = "The writer consents to sending the approved version named")
    public LetterViews.Detail consent(@PathParam("id") String id, LetterRequests.Consent body,
            @Context SecurityContext security) {
        return delivery.consent(Caller.of(security), id, body);
    }

    @POST
    @Path("{id}/deliver")
    @Operation(summary = "Deliver, if the person harmed's choice and the core's contact gate allow it now")
    public LetterViews.Detail deliver(@PathParam("id") String id, @Context SecurityContext security) {
        return delivery.deliver(Caller.of(security), id);
    }

    @POST
    @Path("{id}/read")
    public LetterViews.Detail read(@PathParam("id") String id, @Context SecurityContext security) {
        return delivery.markRead(Caller.of(security), id);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "The writer no longer wants it sent")
    public LetterViews.Detail withdraw(@PathParam("id") String id, LetterRequests.Note body,
            @Context SecurityContext security) {
        return writing.withdraw(Caller.of(security), id, body);
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "Release an item held by a pause, withdrawal, halt or closure, once the case goes on")
    public LetterViews.Detail release(@PathParam("id") String id, @Context SecurityContext security) {
        return delivery.release(Caller.of(security), id);
    }
}
