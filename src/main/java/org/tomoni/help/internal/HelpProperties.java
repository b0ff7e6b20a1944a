package org.tomoni.help.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How offers go out ({@code tomoni.help.*}).
 *
 * @param waveSize       volunteers asked at once in each wave
 * @param urgentWaveSize for "Is this a scam?": more people at once, the learner may be about to pay
 * @param waves          waves before a coordinator is told
 * @param waveWait       how long a wave has to answer before the next
 * @param urgentWaveWait the same for urgent requests
 * @param workers        threads running waves on this node
 * @param lease          how long a node holds a job before another may take it over
 * @param poll           how often an idle worker looks for due jobs
 */
@ConfigurationProperties("tomoni.help")
record HelpProperties(@DefaultValue("3") int waveSize, @DefaultValue("5") int urgentWaveSize,
                      @DefaultValue("3") int waves, @DefaultValue("PT5M") Duration waveWait,
                      @DefaultValue("PT2M") Duration urgentWaveWait, @DefaultValue("4") int workers,
                      @DefaultValue("PT30S") Duration lease, @DefaultValue("PT1S") Duration poll) {
}
