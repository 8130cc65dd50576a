namespace Portal.Build.Tests.Support;

/// <summary>Small report YAML documents for tests.</summary>
public static class SampleReports
{
    public const string WithTables = """
        title: 测试市机关事务局2023年度部门决算
        kinds: [决算]
        template: hunan
        source: {title: 测试市机关事务局2023年度部门决算公开, file: sources/2023.txt}
        overview:
          heading_raw: 第一部分 概况
          sections:
            - heading: 部门职责
              heading_raw: 一、部门职责
              kind: duties
              source_line: 2
              body: |
                负责<script>alert(1)</script>机关事务。[点我](javascript:alert(1))
        tables:
          t01:
            title: 收入支出决算总表
            code: 公开01表
            income:
              - [1, 一、一般公共预算财政拨款收入, 100.50]
              - [2, 本年收入合计, 100.50]
              - [3, 总计, 100.50]
            expenditure:
              - [4, 一、一般公共服务支出, 100.5]
              - [5, 本年支出合计, 100.50]
              - [6, 总计, 100.50]
          t02:
            title: 收入决算表
            code: 公开02表
            rows:
              - [null, 合计, 100.50, 100.50, 0.00, 0.00, 0.00, 0.00, 0.00]
              - ["201", 一般公共服务支出, 100.50, 100.50, 0.00, 0.00, 0.00, 0.00, 0.00]
              - ["20103", 政府办公厅（室）及相关机构事务, 100.50, 100.50, 0.00, 0.00, 0.00, 0.00, 0.00]
              - ["2010301", 行政运行, 922.207, 100.50, 0.00, 0.00, 0.00, 0.00, null]
          t07:
            title: 政府性基金预算财政拨款收入支出决算表
            code: 公开07表
            no_data: 说明：本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。
            rows:
              - [null, 合计, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00]
          t09:
            title: 财政拨款“三公”经费支出决算表
            code: 公开09表
            budget: {total: 4.00, overseas: 0.00, vehicles: 2.00, vehicle_purchase: 0.00, vehicle_operation: 2.00, reception: 2.00}
            actual: {total: 3.50, overseas: 0.00, vehicles: 2.00, vehicle_purchase: 0.00, vehicle_operation: 2.00, reception: 1.50}
        glossary:
          terms:
            - {term: 机关运行经费, definition: "为保障行政单位运行用于购买货物和服务的各项资金。"}
        """;
}
