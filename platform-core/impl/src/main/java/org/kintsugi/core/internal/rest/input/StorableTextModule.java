package org.kintsugi.core.internal.rest.input;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Reads every string of every request body, core's and modules', field values, list items and map keys
 * alike, and refuses one the database could not store. One place, so no endpoint can forget it.
 */
public final class StorableTextModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public StorableTextModule() {
        super("kintsugi-storable-text");
        addDeserializer(String.class, new StorableStrings());
        addKeyDeserializer(String.class, new StorableKeys());
    }

    private static final class StorableStrings extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        StorableStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (!StorableText.storable(text)) {
                throw new UnstorableTextException(parser);
            }
            return text;
        }
    }

    private static final class StorableKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (!StorableText.storable(key)) {
                throw new UnstorableTextException(context.getParser());
            }
            return key;
        }
    }
}
