package org.tomoni.accounts;

/** What became of an attempt to sign in. */
public sealed interface SignInOutcome {

    /** @param existingAccount a sign-up found the number already had an account, and signed into that one */
    record SignedIn(Person person, boolean existingAccount) implements SignInOutcome {
    }

    /** The code, PIN, password or pictures were not right (or the person is unknown: the answer is the same). */
    record Wrong(int triesLeft) implements SignInOutcome {
    }

    /** The code is older than ten minutes, was used already, or was never sent; a new one is needed. */
    record CodeNoLongerValid() implements SignInOutcome {
    }

    /** Too many tries; sign-in for this person or from this place pauses for the given minutes. */
    record Throttled(long minutes) implements SignInOutcome {
    }

    /** Not a phone number we could read. */
    record InvalidNumber() implements SignInOutcome {
    }

    /** Too many wrong pictures since the last sign-in: only the teacher's reset opens the account again. */
    record AskYourTeacher() implements SignInOutcome {
    }

    /** A student who has not chosen pictures yet must choose them first. */
    record PicturesNotChosen() implements SignInOutcome {
    }
}
