package uk.lpip.runs.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.lpip.sim.api.WaterHistory;

/**
 * The catchment month by month, tidy: one row per run, arm, replicate, month, scope (catchment,
 * node, licence or holder), id and metric, with its unit. Flows are monthly means in Ml/d, storage
 * in Ml, money (£) and idled jobs at full scale (divided by the run's scale), which each row
 * ends with, before the experiment's id. docs/outputs.md lists every metric.
 */
public final class WaterCsv {
    public static final String HEADER = "run,arm,replicate,month,scope,id,metric,unit,value,scale,experiment";

    private WaterCsv() {
    }

    public static void writeHeader(Writer w) throws IOException {
        w.write(HEADER);
        w.write('\n');
    }

    public static void writeRows(Writer w, TableIds ids, String arm, int replicate, WaterHistory c) throws IOException {
        String prefix = ids.run() + "," + arm + "," + replicate + ",";
        List<String> nodes = c.nodes();
        List<WaterHistory.Licence> licences = c.licences();
        for (WaterHistory.Month m : c.months()) {
            Row row = new Row(w, prefix + m.month() + ",", ids);
            row.write("catchment", "", "scarcity_level", "level 0–4", m.level());
            row.write("catchment", "", "allocation_rule_market", "0/1", m.rule().equals("market") ? 1 : 0);
            row.write("catchment", "", "trade_volume", "Ml/d", m.tradeVolume());
            row.write("catchment", "", "trade_price", "£ per m³", m.tradePrice());
            row.write("catchment", "", "trade_costs", "£", m.tradeCosts() / ids.scale());
            row.write("catchment", "", "restriction_cost", "£", m.restrictionCost() / ids.scale());
            row.write("catchment", "", "gva_lost", "£", m.gvaLost() / ids.scale());
            row.write("catchment", "", "jobs_idled", "jobs", m.jobsIdled() / ids.scale());
            WaterHistory.NodeFlows n = m.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                String id = nodes.get(i);
                row.write("node", id, "natural_flow", "Ml/d", n.natural()[i]);
                row.write("node", id, "inflow", "Ml/d", n.inflow()[i]);
                row.write("node", id, "outflow", "Ml/d", n.outflow()[i]);
                row.write("node", id, "abstraction", "Ml/d", n.abstraction()[i]);
                row.write("node", id, "returns", "Ml/d", n.returns()[i]);
                if (n.capacity()[i] > 0) {
                    row.write("node", id, "storage", "Ml", n.storage()[i]);
                    row.write("node", id, "capacity", "Ml", n.capacity()[i]);
                }
            }
            WaterHistory.LicenceFlows l = m.licences();
            for (int k = 0; k < licences.size(); k++) {
                String id = licences.get(k).id();
                row.write("licence", id, "demand", "Ml/d", l.demand()[k]);
                row.write("licence", id, "allowance", "Ml/d", l.allowance()[k]);
                row.write("licence", id, "delivered", "Ml/d", l.delivered()[k]);
                row.write("licence", id, "net_bought", "Ml/d", l.netBought()[k]);
            }
            double[] demand = m.demandByHolder();
            double[] delivered = m.deliveredByHolder();
            for (int h = 0; h < demand.length; h++) {
                String id = c.holders().get(h);
                row.write("holder", id, "demand", "Ml/d", demand[h]);
                row.write("holder", id, "delivered", "Ml/d", delivered[h]);
                row.write("holder", id, "shortfall", "Ml/d", Math.max(0, demand[h] - delivered[h]));
            }
        }
    }

    private record Row(Writer w, String prefix, TableIds ids) {
        void write(String scope, String id, String metric, String unit, double value) throws IOException {
            w.write(prefix + scope + "," + id + "," + metric + ",\"" + unit + "\"," + Numbers.plain(value) + ","
                    + Numbers.plain(ids.scale()) + "," + ids.experiment() + "\n");
        }
    }
}
