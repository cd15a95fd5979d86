package org.kintsugi.core.internal.rest.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.internal.rest.input.StorableText;
import org.kintsugi.core.internal.rest.problem.Problems;

/**
 * Refuses, naming each parameter, query and path parameters the database could not store (a NUL, say),
 * before any resource runs. Bodies get the same check while they are read ({@code StorableTextModule}).
 * After authentication, so an unauthenticated caller learns nothing from it.
 */
@Priority(Priorities.AUTHORIZATION)
public final class StorableParametersFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldProblem> problems = new ArrayList<>();
        check(request.getUriInfo().getQueryParameters(true), problems);
        check(request.getUriInfo().getPathParameters(true), problems);
        if (!problems.isEmpty()) {
            request.abortWith(Problems.response(ProblemException.invalid(problems), request.getUriInfo()));
        }
    }

    private static void check(Map<String, List<String>> parameters, List<FieldProblem> problems) {
        parameters.forEach((name, values) -> {
            boolean bad = !StorableText.storable(name) || values.stream().anyMatch(value -> !StorableText.storable(value));
            if (bad) {
                String field = StorableText.storable(name) ? name : "query";
                problems.add(new FieldProblem(field, StorableText.REASON, StorableText.CODE));
            }
        });
    }
}
