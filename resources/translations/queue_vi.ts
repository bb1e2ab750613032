<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="63"/>
        <source>Pause counter</source>
        <translation>Tạm dừng quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="68"/>
        <source>Break</source>
        <translation>Nghỉ giải lao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="68"/>
        <source>Meeting</source>
        <translation>Họp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="68"/>
        <source>Handling a dossier</source>
        <translation>Xử lý hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="69"/>
        <source>Equipment problem</source>
        <translation>Sự cố thiết bị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="71"/>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="75"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="76"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="74"/>
        <source>Queue — counter {counter}</source>
        <translation>Hàng đợi — quầy {counter}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="96"/>
        <source>Call next</source>
        <translation>Gọi số tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="97"/>
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="98"/>
        <source>Start serving</source>
        <translation>Bắt đầu phục vụ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="99"/>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="100"/>
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="101"/>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="102"/>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="242"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="111"/>
        <source>Call a number, e.g. A012 (Enter)</source>
        <translation>Gọi số cụ thể, ví dụ A012 (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="141"/>
        <source>Nobody is waiting.</source>
        <translation>Không có ai đang chờ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="163"/>
        <source>No ticket at the counter.</source>
        <translation>Quầy chưa có số nào.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="205"/>
        <source>The action failed; please try again.</source>
        <translation>Thao tác không thành công; vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="226"/>
        <source>The queue cannot be read right now.</source>
        <translation>Hiện không đọc được hàng đợi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="236"/>
        <source>{name}: {count}</source>
        <translation>{name}: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="238"/>
        <source>Waiting — {areas}</source>
        <translation>Đang chờ — {areas}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="240"/>
        <source>Paused: {reason}</source>
        <translation>Tạm dừng: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="242"/>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="246"/>
        <source>Called</source>
        <translation>Đã gọi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="246"/>
        <source>Serving</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="251"/>
        <source>recalled {n}×</source>
        <translation>đã gọi lại {n} lần</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="27"/>
        <source>Transfer ticket</source>
        <translation>Chuyển số thứ tự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="30"/>
        <source>(same area)</source>
        <translation>(giữ lĩnh vực)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="34"/>
        <source>(any counter)</source>
        <translation>(quầy bất kỳ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="37"/>
        <source>To area:</source>
        <translation>Sang lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="38"/>
        <source>To counter:</source>
        <translation>Sang quầy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="42"/>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="43"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
