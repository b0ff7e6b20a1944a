package org.tomoni.accounts;

import java.util.List;

import org.tomoni.shell.Language;

/** Self sign-up for learners and volunteers: a name, an area and a mobile number, proven by a code. */
public interface SignUp {

    /** The areas a person can say they live in. */
    List<Area> areas();

    /**
     * @param role     {@link Role#LEARNER} or {@link Role#VOLUNTEER}; volunteers then wait for a coordinator's check
     * @param language the language of the code's text
     */
    CodeRequest start(String name, AreaId area, String typedNumber, Role role, Language language);

    SignInOutcome confirm(String typedNumber, String code);
}
