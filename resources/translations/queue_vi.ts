<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="64"/>
        <source>Pause counter</source>
        <translation>Tạm dừng quầy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="69"/>
        <source>Break</source>
        <translation>Nghỉ giải lao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="69"/>
        <source>Meeting</source>
        <translation>Họp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="69"/>
        <source>Handling a dossier</source>
        <translation>Xử lý hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="70"/>
        <source>Equipment problem</source>
        <translation>Sự cố thiết bị</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="72"/>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="76"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="77"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="76"/>
        <source>Queue — counter {counter}</source>
        <translation>Hàng đợi — quầy {counter}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="107"/>
        <source>Call next</source>
        <translation>Gọi số tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="108"/>
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="109"/>
        <source>Start serving</source>
        <translation>Bắt đầu phục vụ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="110"/>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="111"/>
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="112"/>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="113"/>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="263"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="126"/>
        <source>Call a number, e.g. A012 (Enter)</source>
        <translation>Gọi số cụ thể, ví dụ A012 (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="155"/>
        <source>Nobody is waiting.</source>
        <translation>Không có ai đang chờ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="177"/>
        <source>No ticket at the counter.</source>
        <translation>Quầy chưa có số nào.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="219"/>
        <source>The action failed; please try again.</source>
        <translation>Thao tác không thành công; vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="243"/>
        <source>The queue cannot be read right now.</source>
        <translation>Hiện không đọc được hàng đợi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="257"/>
        <source>{name}: {count}</source>
        <translation>{name}: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="259"/>
        <source>Waiting — {areas}</source>
        <translation>Đang chờ — {areas}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="261"/>
        <source>Paused: {reason}</source>
        <translation>Tạm dừng: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="263"/>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="267"/>
        <source>Called</source>
        <translation>Đã gọi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="267"/>
        <source>Serving</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/counter_panel.py" line="272"/>
        <source>recalled {n}×</source>
        <translation>đã gọi lại {n} lần</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="28"/>
        <source>Transfer ticket</source>
        <translation>Chuyển số thứ tự</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="31"/>
        <source>(same area)</source>
        <translation>(giữ lĩnh vực)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="35"/>
        <source>(any counter)</source>
        <translation>(quầy bất kỳ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="38"/>
        <source>To area:</source>
        <translation>Sang lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="39"/>
        <source>To counter:</source>
        <translation>Sang quầy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="43"/>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/queue/dialogs.py" line="44"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
