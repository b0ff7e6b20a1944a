package org.tomoni.lessons.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param contentPath the folder of lesson folders */
@ConfigurationProperties("tomoni.lessons")
record LessonsProperties(@DefaultValue("content") Path contentPath) {
}
