package org.kintsugi.core.internal.rest.problem;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.internal.rest.input.StorableText;
import org.kintsugi.core.internal.rest.input.UnstorableTextException;

/** A request body that is not the JSON the endpoint takes: 400 naming the field, nothing changed. */
public final class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        FieldProblem field = describe(exception);
        return Problems.response(400, "validation", "The request has invalid fields",
                "Correct the fields listed and try again; nothing was changed.", uri, List.of(field));
    }

    static FieldProblem describe(JsonProcessingException exception) {
        if (exception instanceof UnstorableTextException) {
            UnstorableTextException unstorable = (UnstorableTextException) exception;
            return new FieldProblem(unstorable.getPath().isEmpty() ? "body" : path(unstorable), StorableText.REASON,
                    StorableText.CODE);
        }
        if (exception instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) exception;
            return new FieldProblem(path(unknown), "is not a field of this request", "unknown-field");
        }
        if (exception instanceof JsonMappingException && !((JsonMappingException) exception).getPath().isEmpty()) {
            return new FieldProblem(path((JsonMappingException) exception), "has the wrong type or format", "wrong-type");
        }
        return new FieldProblem("body", "is not valid JSON", "not-json");
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
    }
}
