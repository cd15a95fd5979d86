package org.kintsugi.core.internal.openapi;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Names a nested class's schema with its enclosing classes ({@code AssessmentRequests.Risk}), where
 * swagger's default takes the simple name alone: a request and a view both called {@code Risk} then
 * shared one schema, and the document described the view's fields as the request's.
 */
final class QualifiedTypeNames extends TypeNameResolver {
    @Override
    protected String getNameOfClass(Class<?> type) {
        String name = super.getNameOfClass(type);
        // A name from an annotation (@Schema(name)) stands as it is; only derived simple names are qualified.
        if (!name.equals(type.getSimpleName())) {
            return name;
        }
        StringBuilder qualified = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            qualified.insert(0, outer.getSimpleName() + ".");
        }
        return qualified.toString();
    }
}
