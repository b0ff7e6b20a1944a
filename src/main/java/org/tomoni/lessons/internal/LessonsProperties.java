package org.tomoni.lessons.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param contentPath    the folder of lesson folders
 * @param reloadOnChange authors see their edits without a restart; production turns it off
 */
@ConfigurationProperties("tomoni.lessons")
record LessonsProperties(@DefaultValue("content") Path contentPath, @DefaultValue("true") boolean reloadOnChange) {
}
