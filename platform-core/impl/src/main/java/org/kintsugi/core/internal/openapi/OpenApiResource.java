package org.kintsugi.core.internal.openapi;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;

import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.internal.rest.server.ApiPublisher;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code GET /api/openapi.json}: the OpenAPI 3 description of every endpoint installed now. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("openapi.json")
public class OpenApiResource implements ApiResource {
    /**
     * Optional and dynamic on purpose: the publisher binds every ApiResource, this one included,
     * so a mandatory reference back to it would be a cycle that DS refuses to activate.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ApiPublisher publisher;

    private final String version;

    @Activate
    public OpenApiResource(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() throws JsonProcessingException {
        ApiPublisher current = publisher;
        if (current == null) {
            throw new ProblemException(503, "unavailable", "Service temporarily unavailable",
                    "The API is being (re)published; try again shortly.", null, 5);
        }
        String json = Json.mapper().writeValueAsString(OpenApiDocument.build(current.publishedResources(), version));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
