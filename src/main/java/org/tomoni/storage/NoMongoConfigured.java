package org.tomoni.storage;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when neither a MongoDB URI nor a host is configured: then, and only then, the embedded server starts. */
class NoMongoConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return !hasText(environment.getProperty("spring.mongodb.uri"))
                && !hasText(environment.getProperty("spring.mongodb.host"));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
