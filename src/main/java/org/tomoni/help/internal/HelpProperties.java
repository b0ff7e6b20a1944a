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
 * @param poll           how often the jobs are searched for due ones no worker here was handed (those of a node
 *                       that died, those from before a restart): a job is handed to a worker here when it falls
 *                       due — a new request at once, the next wave when the last one's time is up
 */
@ConfigurationProperties("tomoni.help")
record HelpProperties(@DefaultValue("3") int waveSize, @DefaultValue("5") int urgentWaveSize,
                      @DefaultValue("3") int waves, @DefaultValue("PT5M") Duration waveWait,
                      @DefaultValue("PT2M") Duration urgentWaveWait, @DefaultValue("4") int workers,
                      @DefaultValue("PT30S") Duration lease, @DefaultValue("PT30S") Duration poll) {
}
