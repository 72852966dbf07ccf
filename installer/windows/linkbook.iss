; Inno Setup 6 script: Linkbook for one Windows user, no administrator needed.
;
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\linkbook /DIconFile=..\..\build\pyinstaller\linkbook\icons\linkbook.ico installer\windows\linkbook.iss
;
; (installer/ci/package.yml runs it after PyInstaller.) It installs the one-folder bundle into the user's
; own programs folder, adds a Start-menu shortcut, and registers an uninstaller. Uninstalling removes the
; program and keeps the school's data (%LOCALAPPDATA%\Linkbook\Linkbook: the encrypted database, keys and
; attachments) unless the person ticks the box to erase it; a silent uninstall always keeps it.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z (from pyproject.toml)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\linkbook"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\pyinstaller\linkbook\icons\linkbook.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6C1E3B52-8F0A-4C59-9A53-4B1D2F0E7A61}
AppName=Linkbook
AppVersion={#AppVersion}
AppVerName=Linkbook {#AppVersion}
AppPublisher=Linkbook
DefaultDirName={autopf}\Linkbook
DefaultGroupName=Linkbook
DisableProgramGroupPage=yes
; Per-user: installs under %LOCALAPPDATA%\Programs, no UAC prompt, nothing for other users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=linkbook-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\linkbook.exe
UninstallDisplayName=Linkbook {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; linkbook-server is the same program started under another name (installer/entry/linkbook.py).
Source: "{#BundleDir}\linkbook.exe"; DestDir: "{app}"; DestName: "linkbook-server.exe"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Linkbook"; Filename: "{app}\linkbook.exe"; Comment: "The home-school link book"
Name: "{autodesktop}\Linkbook"; Filename: "{app}\linkbook.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\linkbook.exe"; Description: "{cm:LaunchProgram,Linkbook}"; Flags: nowait postinstall skipifsilent

[Code]
var
  EraseData: Boolean;

function SchoolDataDir(): String;
begin
  { platformdirs.user_data_dir("Linkbook", "Linkbook"), as desktop/cli.py's default_data_dir() }
  Result := ExpandConstant('{localappdata}\Linkbook\Linkbook');
end;

function InitializeUninstall(): Boolean;
begin
  EraseData := False;
  if (not UninstallSilent()) and DirExists(SchoolDataDir()) then
    EraseData := MsgBox(
      'Linkbook will be removed from this computer.' #13#10 #13#10 +
      'Also erase the school''s data in ' + SchoolDataDir() + '?' #13#10 +
      '(Encrypted link books, agreements, folders and keys. Choose No to keep them, for example to ' +
      'reinstall later; make a backup first if you are unsure.)',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and EraseData then
    DelTree(SchoolDataDir(), True, True, True);
end;
