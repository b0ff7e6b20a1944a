package org.tomoni.accounts;

/** A person deleted their account: remove or anonymise what you hold about them, keeping only anonymous counts. */
public record PersonDeleted(PersonId person) {
}
