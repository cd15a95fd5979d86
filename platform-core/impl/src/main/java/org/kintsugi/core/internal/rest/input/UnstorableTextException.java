package org.kintsugi.core.internal.rest.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A string in a request body that the database could not store. Jackson adds the field's path as the
 * exception travels out of the object being read, so the answer names the field.
 */
public final class UnstorableTextException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    UnstorableTextException(JsonParser parser) {
        super(parser, StorableText.REASON);
    }
}
