package org.kintsugi.core.internal.cases;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/cases/{id}/consents}: record a consent; {@code /{consentId}/withdraw}: withdraw it. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("cases/{id}/consents")
@Produces(MediaType.APPLICATION_JSON)
public class CaseConsentsResource implements ApiResource {
    private final ConsentLedger ledger;

    @Activate
    public CaseConsentsResource(@Reference ConsentLedger ledger) {
        this.ledger = ledger;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseViews.Detail give(@PathParam("id") String caseId, ConsentRequest body, @Context SecurityContext security) {
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("body"));
        }
        return ledger.give(Caller.of(security), caseId, body);
    }

    @POST
    @Path("{consentId}/withdraw")
    public CaseViews.Detail withdraw(@PathParam("id") String caseId, @PathParam("consentId") String consentId,
            @Context SecurityContext security) {
        return ledger.withdraw(Caller.of(security), caseId, consentId);
    }
}
