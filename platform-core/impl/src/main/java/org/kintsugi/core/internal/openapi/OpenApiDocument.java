package org.kintsugi.core.internal.openapi;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.security.PermitAll;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.kintsugi.core.internal.rest.ApiPaths;

/**
 * Builds the OpenAPI 3 description from the resources actually published right now, core and
 * modules alike: a module that goes away takes its paths with it. Everything needs the bearer
 * token except operations marked {@link PermitAll}.
 */
final class OpenApiDocument {
    private static final String BEARER = "bearer";

    static {
        // Reader resolves schemas through the shared ModelConverters: put a resolver with qualified names first.
        ModelConverters.getInstance().addConverter(new ModelResolver(Json.mapper(), new QualifiedTypeNames()));
    }

    private OpenApiDocument() {
    }

    static OpenAPI build(Map<String, List<Object>> resourcesByModule, String version) {
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Kintsugi API").version(version)
                        .description("Case platform for survivor-led restorative justice"))
                .addServersItem(new Server().url("/api"))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .paths(new Paths());
        resourcesByModule.forEach((module, resources) -> merge(api, module, resources));
        return api;
    }

    private static void merge(OpenAPI api, String module, List<Object> resources) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        resources.forEach(resource -> classes.add(resource.getClass()));
        OpenAPI part = new Reader(new OpenAPI()).read(classes);
        String prefix = ApiPaths.prefix(module);
        if (part.getPaths() != null) {
            part.getPaths().forEach((path, item) -> api.getPaths().addPathItem(prefix + path, item));
        }
        if (part.getComponents() != null && part.getComponents().getSchemas() != null) {
            part.getComponents().getSchemas().forEach(api.getComponents()::addSchemas);
        }
        classes.forEach(type -> markPublicOperations(api, prefix, type));
    }

    private static void markPublicOperations(OpenAPI api, String prefix, Class<?> type) {
        for (Method method : type.getMethods()) {
            String verb = ApiPaths.httpMethod(method);
            if (verb == null || !method.isAnnotationPresent(PermitAll.class)) {
                continue;
            }
            PathItem item = api.getPaths().get(prefix + ApiPaths.template(type, method));
            Operation operation = item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(verb));
            if (operation != null) {
                operation.setSecurity(List.of()); // public: no token needed
            }
        }
    }
}
