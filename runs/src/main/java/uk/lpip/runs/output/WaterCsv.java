package uk.lpip.runs.output;

import java.io.IOException;
import java.io.Writer;
import uk.lpip.sim.state.WaterMonth;
import uk.lpip.sim.water.Catchment;
import uk.lpip.sim.water.Licences;
import uk.lpip.sim.water.RiverNetwork;

/**
 * The catchment month by month, tidy: one row per run, arm, replicate, month, scope (catchment,
 * node, licence or holder), id and metric, with its unit. Flows are monthly means in Ml/d, storage
 * in Ml, money in £ at the run's scale. docs/outputs.md lists every metric.
 */
public final class WaterCsv {
    public static final String HEADER = "run,arm,replicate,month,scope,id,metric,unit,value";

    private WaterCsv() {
    }

    public static void writeHeader(Writer w) throws IOException {
        w.write(HEADER);
        w.write('\n');
    }

    public static void writeRows(Writer w, String run, String arm, int replicate, Catchment c) throws IOException {
        String prefix = run + "," + arm + "," + replicate + ",";
        RiverNetwork net = c.network();
        Licences lic = c.licences();
        for (WaterMonth m : c.recorded()) {
            Row row = new Row(w, prefix + m.month() + ",");
            row.write("catchment", "", "scarcity_level", "level 0–4", m.level().ordinal());
            row.write("catchment", "", "allocation_rule_market", "0/1", m.rule().equals("market") ? 1 : 0);
            row.write("catchment", "", "trade_volume", "Ml/d", m.tradeVolume());
            row.write("catchment", "", "trade_price", "£ per m³", m.tradePrice());
            row.write("catchment", "", "trade_costs", "£", m.tradeCosts());
            row.write("catchment", "", "restriction_cost", "£", m.restrictionCost());
            row.write("catchment", "", "gva_lost", "£", m.gvaLost());
            row.write("catchment", "", "jobs_idled", "jobs", m.jobsIdle());
            for (int i = 0; i < net.nodeCount(); i++) {
                String id = net.id(i);
                row.write("node", id, "natural_flow", "Ml/d", m.natural()[i]);
                row.write("node", id, "inflow", "Ml/d", m.inflow()[i]);
                row.write("node", id, "outflow", "Ml/d", m.outflow()[i]);
                row.write("node", id, "abstraction", "Ml/d", m.abstraction()[i]);
                row.write("node", id, "returns", "Ml/d", m.returns()[i]);
                if (m.capacity()[i] > 0) {
                    row.write("node", id, "storage", "Ml", m.storageEnd()[i]);
                    row.write("node", id, "capacity", "Ml", m.capacity()[i]);
                }
            }
            for (int l = 0; l < lic.count(); l++) {
                String id = lic.id(l);
                row.write("licence", id, "demand", "Ml/d", m.demand()[l]);
                row.write("licence", id, "allowance", "Ml/d", m.allowance()[l]);
                row.write("licence", id, "delivered", "Ml/d", m.delivered()[l]);
                row.write("licence", id, "net_bought", "Ml/d", m.netBought()[l]);
            }
            double[] demand = c.byHolder(m.demand());
            double[] delivered = c.byHolder(m.delivered());
            for (int h = 0; h < demand.length; h++) {
                String id = c.holders().get(h);
                row.write("holder", id, "demand", "Ml/d", demand[h]);
                row.write("holder", id, "delivered", "Ml/d", delivered[h]);
                row.write("holder", id, "shortfall", "Ml/d", Math.max(0, demand[h] - delivered[h]));
            }
        }
    }

    private record Row(Writer w, String prefix) {
        void write(String scope, String id, String metric, String unit, double value) throws IOException {
            w.write(prefix + scope + "," + id + "," + metric + ",\"" + unit + "\"," + value + "\n");
        }
    }
}
