package org.kintsugi.core.internal.finding;

import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.rest.pipeline.AuditNote;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/case-search/by-name}: hub staff find a case by a participant's name. A POST, so the name is
 * in no address, browser history or access log; its audit row names the cases it showed, never the name.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("case-search")
@Produces(MediaType.APPLICATION_JSON)
public class CaseSearchResource implements ApiResource {
    private final NameSearch search;

    @Activate
    public CaseSearchResource(@Reference NameSearch search) {
        this.search = search;
    }

    @POST
    @Path("by-name")
    @Consumes(MediaType.APPLICATION_JSON)
    public NameSearch.Found byName(ByName body, @Context SecurityContext security, @Context HttpServletRequest request) {
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("name"));
        }
        NameSearch.Found found = search.search(Caller.of(security), body.name);
        AuditNote.add(request, "name-search:found=" + found.cases.size() + (found.more ? "+" : "") + ":"
                + found.cases.stream().map(c -> c.reference).collect(Collectors.joining(",")));
        return found;
    }

    /** What was typed: a name or part of one (whole words). */
    public static final class ByName {
        public String name;
    }
}
