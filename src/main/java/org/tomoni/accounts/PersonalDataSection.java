package org.tomoni.accounts;

/**
 * Implemented by every module that keeps data about a person, so "download my data" contains all of it. Deleting
 * goes the other way, through {@link PersonDeleted}.
 */
public interface PersonalDataSection {

    /** A short name for the section in the download, such as {@code "lessons"}. */
    String name();

    /** Plain values (records, lists, maps, strings) that turn into readable JSON. */
    Object dataOf(Person person);
}
